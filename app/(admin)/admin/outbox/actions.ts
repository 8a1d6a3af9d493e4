"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ZRecordId } from "@/lib/actions/ids";
import type { TActionState } from "@/lib/actions/result";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { resendEmail, type TResendOutcome } from "@/lib/email/resend";

/** Whether each outcome is a success; its words are AdminOutbox.<outcome> in the message files. */
const SUCCEEDED: Record<TResendOutcome, boolean> = {
  sent: true,
  held: true,
  retrying: false,
  failed: false,
  queued: true,
};

/** Administrators only (lib/email/resend refuses anyone else); each resend is audited there. */
export const resendEmailAction = withActor(
  {
    roles: { only: ["ADMIN"], action: "resend-emails" },
    schema: z.object({ emailId: ZRecordId }),
    read: (formData) => ({ emailId: formData.get("emailId") }),
  },
  async ({ actor, input }) => {
    const { outcome, to } = unwrap(await resendEmail(actor, input.emailId));
    revalidatePath("/admin/outbox");
    const t = await getTranslations("AdminOutbox");
    return { ok: SUCCEEDED[outcome], message: t(outcome, { to }) } satisfies TActionState;
  },
);
