import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { eraseAction } from "./erase-action";
import { TypedConfirmation } from "@/components/ui/typed-confirmation";

/** Erasing a person at their request: permanent, so it asks for a reason and for ERASE to be typed. */
export async function EraseForm({ userId }: { userId: string }) {
  const t = await getTranslations("AdminPerson");
  return (
    <section aria-labelledby="erase-title" className="rounded-xl border border-red-200 bg-red-50 p-5 shadow-sm">
      <h2 id="erase-title" className="font-bold text-red-900">
        {t("eraseTitle")}
      </h2>
      <p className="mt-1 text-sm text-red-900">{t("eraseIntro")}</p>
      <ActionForm
        action={eraseAction}
        submitLabel={t("erase")}
        pendingLabel={t("erasing")}
        danger
        className="mt-3"
        testId="erase-form"
      >
        <input type="hidden" name="userId" value={userId} />
        <div>
          <label htmlFor="erase-reason" className="block text-sm font-medium">
            {t("eraseReason")}
          </label>
          <textarea
            id="erase-reason"
            name="reason"
            required
            minLength={5}
            maxLength={500}
            rows={3}
            aria-describedby="erase-reason-hint"
            className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2"
          />
          <p id="erase-reason-hint" className="text-sm text-slate-700">
            {t("eraseReasonHint")}
          </p>
        </div>
        <TypedConfirmation id="erase-confirm" label={t("typeToConfirm", { word: t("eraseWord") })} />
      </ActionForm>
    </section>
  );
}
