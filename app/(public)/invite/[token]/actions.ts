"use server";

import { z } from "zod";
import type { TSetPasswordState } from "@/components/set-password-form";
import { ZPasswordPair } from "@/lib/auth/password-policy";
import { acceptInvitation } from "@/lib/people/invitations";
import { getDefaultCourse } from "@/lib/course";

export async function acceptInvitationAction(_prev: TSetPasswordState, formData: FormData): Promise<TSetPasswordState> {
  const token = formData.get("token");
  const parsed = ZPasswordPair.safeParse({ password: formData.get("password"), confirm: formData.get("confirm") });
  if (typeof token !== "string" || token.length > 100) return { message: "This invitation link is not valid." };
  if (!parsed.success) return { message: "Check your password.", errors: z.flattenError(parsed.error).fieldErrors };
  const result = await acceptInvitation(getDefaultCourse(), token, parsed.data.password);
  if (!result.ok) return { message: result.message };
  return { message: "Your account is ready. Signing you in…", signInEmail: result.email };
}
