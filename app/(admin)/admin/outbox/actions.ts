"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ZRecordId } from "@/lib/actions/ids";
import type { TActionState } from "@/lib/actions/result";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { resendEmail, type TResendOutcome } from "@/lib/email/resend";

const SAID: Record<TResendOutcome, (to: string) => TActionState> = {
  sent: (to) => ({ ok: true, message: `Sent again to ${to}.` }),
  held: (to) => ({
    ok: true,
    message: `Still held, not sent: no email server is set up (SMTP_URL), so the email to ${to} waits here. Copy its link and pass it on another way, or set up an email server and resend it.`,
  }),
  retrying: (to) => ({
    ok: false,
    message: `The email server did not accept the email to ${to}. It will try again automatically; the reason is shown with the email.`,
  }),
  failed: (to) => ({ ok: false, message: `The email to ${to} could not be sent: the reason is shown with the email.` }),
  queued: (to) => ({ ok: true, message: `The email to ${to} is queued and will be sent by the next delivery run.` }),
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
    return SAID[outcome](to);
  },
);
