"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { revokeCertificate } from "@/lib/certificates/queries";

export type TRevokeFormState = { ok: boolean; message: string | null; errors?: { reason?: string[] } };

const ZRevoke = z.object({
  number: z.string().trim().min(1).max(64),
  reason: z
    .string()
    .trim()
    .min(5, "Give a reason of at least 5 characters: it is kept with the record.")
    .max(500, "Keep the reason under 500 characters."),
});

export async function revokeCertificateAction(_prev: TRevokeFormState, formData: FormData): Promise<TRevokeFormState> {
  const user = await getCurrentUser();
  if (!user || user.role !== "ADMIN") return { ok: false, message: "Only administrators can revoke certificates." };
  const parsed = ZRevoke.safeParse({ number: formData.get("number"), reason: formData.get("reason") });
  if (!parsed.success)
    return { ok: false, message: "Check the form.", errors: z.flattenError(parsed.error).fieldErrors };
  const result = await revokeCertificate(user, parsed.data.number, parsed.data.reason);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/admin/certificates");
  return { ok: true, message: "The certificate has been revoked. Its verification page now says so." };
}
