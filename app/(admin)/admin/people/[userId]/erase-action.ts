"use server";

import { ZRecordId } from "@/lib/actions/ids";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { invalid } from "@/lib/actions/result";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { messageFor } from "@/lib/errors";
import { erasePerson } from "@/lib/privacy/erase";
import { acceptedConfirmationWords } from "@/lib/i18n/confirmation-words";

// The word typed to confirm, in any shipped language (ERASE, DILEU): see acceptedConfirmationWords.
const ERASE_WORDS = acceptedConfirmationWords("erase");

const ZErase = z.object({
  userId: ZRecordId,
  reason: z.string().trim().min(5, "FIELD_ERASE_REASON_TOO_SHORT").max(500, "FIELD_REASON_TOO_LONG"),
  confirm: z.string().refine((word) => ERASE_WORDS.includes(word), "FIELD_TYPE_ERASE"),
});

/** Erases a person (administrators only, checked in lib/): see lib/privacy/erase.ts for what is removed and kept. */
export const eraseAction = withActor(
  {
    schema: ZErase,
    read: (formData) => ({
      userId: formData.get("userId"),
      reason: formData.get("reason"),
      confirm: formData.get("confirm"),
    }),
    invalid: (error, _previous, locale) =>
      invalid(
        error,
        locale,
        error.issues.some((i) => i.path[0] === "confirm") ? messageFor("NOTHING_ERASED", {}, locale) : undefined,
      ),
  },
  async ({ actor, input }) => {
    unwrap(await erasePerson(actor, input.userId, input.reason));
    revalidatePath(`/admin/people/${input.userId}`);
    revalidatePath("/admin/people");
    return { ok: true, message: (await getTranslations("AdminPerson"))("erased") };
  },
);
