"use server";

import { ZRecordId } from "@/lib/actions/ids";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { invalid, type TActionState } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/current-user";
import { erasePerson } from "@/lib/privacy/erase";

const ZErase = z.object({
  userId: ZRecordId,
  reason: z
    .string()
    .trim()
    .min(5, "Give a reason of at least 5 characters: it is kept in the audit log.")
    .max(500, "Keep the reason under 500 characters."),
  confirm: z.literal("ERASE", "Type ERASE, in capital letters, to confirm."),
});

/** Erases a person (administrators only): see lib/privacy/erase.ts for what is removed and what is kept. */
export async function eraseAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in again." };
  const parsed = ZErase.safeParse({
    userId: formData.get("userId"),
    reason: formData.get("reason"),
    confirm: formData.get("confirm"),
  });
  if (!parsed.success) {
    const confirmWrong = parsed.error.issues.some((i) => i.path[0] === "confirm");
    return invalid(
      parsed.error,
      confirmWrong ? "Nothing was erased: type ERASE to confirm." : "Check the form and try again.",
    );
  }
  const result = await erasePerson(user, parsed.data.userId, parsed.data.reason);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/admin/people/${parsed.data.userId}`);
  revalidatePath("/admin/people");
  return {
    ok: true,
    message:
      "This person has been erased: their name, email and password are gone and their certificates revoked. Their anonymous records are kept.",
  };
}
