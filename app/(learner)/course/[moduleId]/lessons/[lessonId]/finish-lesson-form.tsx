"use client";

import { useFormAction } from "@/components/use-form-action";
import type { TActionState } from "@/lib/actions/result";
import { finishLessonAction } from "./actions";

const initial: TActionState = { ok: false, message: null };

/**
 * A lesson's Next button, drawn as the link it replaces. A form rather than a link because going on records the
 * lesson as read (finishLessonAction); it posts with scripts off too. Its name stays the same while it is sent.
 */
export function FinishLessonForm({
  moduleId,
  lessonId,
  label,
  accessibleName,
  className,
}: {
  moduleId: string;
  lessonId: string;
  label: string;
  /** Where the visible label is short ("Next lesson →"), the name that says where it goes. */
  accessibleName?: string;
  className: string;
}) {
  const { state, pending, form } = useFormAction(finishLessonAction, initial);
  return (
    <form {...form} className="flex flex-col items-end">
      <input type="hidden" name="moduleId" value={moduleId} />
      <input type="hidden" name="lessonId" value={lessonId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={accessibleName}
        className={`cursor-pointer text-left disabled:cursor-wait disabled:opacity-60 ${className}`}
      >
        {label}
      </button>
      <div aria-live="polite">
        {state.message ? <p className="mt-1 rounded-md bg-red-50 p-2 text-sm text-red-800">{state.message}</p> : null}
      </div>
    </form>
  );
}
