"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { z } from "zod";
import { clientAddress } from "@/lib/auth/client-address";
import { withoutActor } from "@/lib/edge/action";
import { getTranslations } from "next-intl/server";
import { messageFor } from "@/lib/errors";
import { requestPasswordReset } from "@/lib/people/password-reset";

export type TForgotState = { message: string | null; sent: boolean };

const ZForgot = z.object({ email: z.string().trim().toLowerCase().email().max(254) });

export const forgotPasswordAction = withoutActor<typeof ZForgot, TForgotState>(
  {
    schema: ZForgot,
    read: (formData) => ({ email: formData.get("email") }),
    fail: (message) => ({ message, sent: false }),
    invalid: (_error, _previous, locale) => ({ message: messageFor("ENTER_SIGN_IN_EMAIL", {}, locale), sent: false }),
  },
  async ({ input, baseUrl, locale }) => {
    const address = clientAddress(await headers());
    // The lookup, the throttle and the email all happen after the answer is sent, so the answer and its
    // timing are the same whether or not the address has an account.
    after(async () => {
      try {
        await requestPasswordReset(input.email, baseUrl, { address });
      } catch (error) {
        console.error(
          `[password-reset] a reset request could not be handled: ${error instanceof Error ? error.message.split("\n").at(-1) : "unknown error"}`,
        );
      }
    });
    return { message: (await getTranslations({ locale, namespace: "ForgotPassword" }))("sent"), sent: true };
  },
);
