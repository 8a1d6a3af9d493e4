"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { revokeCertificate } from "@/lib/certificates/queries";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { fieldErrorsOf, messageFor } from "@/lib/errors";
import { acceptedConfirmationWords } from "@/lib/i18n/confirmation-words";

// The word typed to confirm, in any shipped language (REVOKE, DIRYMU): see acceptedConfirmationWords.
const REVOKE_WORDS = acceptedConfirmationWords("revoke");

export type TRevokeFormState = {
  ok: boolean;
  message: string | null;
  errors?: { reason?: string[]; confirm?: string[] };
};

const ZRevoke = z.object({
  number: z.string().trim().min(1).max(64),
  reason: z.string().trim().min(5, "FIELD_REASON_TOO_SHORT").max(500, "FIELD_REASON_TOO_LONG"),
  // Permanent, and seen by anyone who checks the certificate: typed, like erasing a person.
  confirm: z.string().refine((word) => REVOKE_WORDS.includes(word), "FIELD_TYPE_REVOKE"),
});

export const revokeCertificateAction = withActor<typeof ZRevoke, TRevokeFormState>(
  {
    roles: { only: ["ADMIN"], action: "revoke-certificates" },
    schema: ZRevoke,
    read: (formData) => ({
      number: formData.get("number"),
      reason: formData.get("reason"),
      confirm: formData.get("confirm"),
    }),
    fail: (message) => ({ ok: false, message }),
    invalid: (error, _previous, locale) => ({
      ok: false,
      message: messageFor(
        error.issues.some((i) => i.path[0] === "confirm") ? "NOTHING_REVOKED" : "CHECK_FORM",
        {},
        locale,
      ),
      errors: fieldErrorsOf(error, locale),
    }),
  },
  async ({ actor, input }) => {
    unwrap(await revokeCertificate(actor, input.number, input.reason));
    revalidatePath("/admin/certificates");
    return { ok: true, message: (await getTranslations("AdminCertificates"))("revokedMessage") };
  },
);
