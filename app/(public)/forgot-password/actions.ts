"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { z } from "zod";
import { clientAddress } from "@/lib/auth/client-address";
import { publicBaseUrl } from "@/lib/env";
import { requestPasswordReset } from "@/lib/people/password-reset";

export type TForgotState = { message: string | null; sent: boolean };

const ZEmail = z.string().trim().toLowerCase().email().max(254);

export async function forgotPasswordAction(_prev: TForgotState, formData: FormData): Promise<TForgotState> {
  const email = ZEmail.safeParse(formData.get("email"));
  if (!email.success) return { message: "Enter the email address you sign in with.", sent: false };
  const address = clientAddress(await headers());
  const baseUrl = publicBaseUrl();
  // The lookup, the throttle and the email all happen after the answer is sent, so the answer and its
  // timing are the same whether or not the address has an account.
  after(async () => {
    try {
      await requestPasswordReset(email.data, baseUrl, { address });
    } catch (error) {
      console.error(
        `[password-reset] a reset request could not be handled: ${error instanceof Error ? error.message.split("\n").at(-1) : "unknown error"}`,
      );
    }
  });
  return {
    message: "If that address has an account, we have sent it a link to reset the password. It works for 60 minutes.",
    sent: true,
  };
}
