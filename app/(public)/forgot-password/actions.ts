"use server";

import { z } from "zod";
import { publicBaseUrl } from "@/lib/env";
import { requestPasswordReset } from "@/lib/people/accounts";

export type TForgotState = { message: string | null; sent: boolean };

const ZEmail = z.string().trim().toLowerCase().email().max(254);

export async function forgotPasswordAction(_prev: TForgotState, formData: FormData): Promise<TForgotState> {
  const email = ZEmail.safeParse(formData.get("email"));
  if (!email.success) return { message: "Enter the email address you sign in with.", sent: false };
  await requestPasswordReset(email.data, publicBaseUrl());
  // The same answer whether or not the address has an account.
  return { message: "If that address has an account, we have sent it a link to reset the password. It works for 60 minutes.", sent: true };
}
