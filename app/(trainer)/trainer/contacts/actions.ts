"use server";

import { ZRecordId } from "@/lib/actions/ids";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guarded, type TActionState } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/current-user";
import { CONTACT_KINDS, MAX_CONTACTS, saveContacts, type TContact, type TContactKind } from "@/lib/people/contacts";

const ZContact = z.object({
  kind: z.enum(Object.keys(CONTACT_KINDS) as [TContactKind, ...TContactKind[]]),
  name: z.string().trim().min(2, "Each contact needs a name.").max(120),
  phone: z
    .string()
    .trim()
    .regex(/^[+\d][\d\s()-]{2,24}$/, "Phone numbers may contain digits, spaces, brackets, dashes and a leading +."),
  email: z
    .string()
    .trim()
    .email("Check the email addresses.")
    .max(254)
    .or(z.literal(""))
    .transform((v) => v || null),
  notes: z
    .string()
    .trim()
    .max(300)
    .transform((v) => v || null),
});

export async function saveContactsAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const user = await getCurrentUser();
  if (!user || user.role === "LEARNER")
    return { ok: false, message: "Only trainers and administrators can change safeguarding contacts." };
  const organisationId = ZRecordId.safeParse(formData.get("organisationId"));
  if (!organisationId.success) return { ok: false, message: "Choose an organisation." };
  const rows = Array.from({ length: MAX_CONTACTS }, (_, i) => ({
    kind: formData.get(`kind-${i}`),
    name: formData.get(`name-${i}`) ?? "",
    phone: formData.get(`phone-${i}`) ?? "",
    email: formData.get(`email-${i}`) ?? "",
    notes: formData.get(`notes-${i}`) ?? "",
  })).filter((r) => String(r.name).trim() || String(r.phone).trim());
  const contacts: TContact[] = [];
  for (const [i, row] of rows.entries()) {
    const parsed = ZContact.safeParse(row);
    if (!parsed.success)
      return { ok: false, message: `Contact ${i + 1}: ${parsed.error.issues.map((x) => x.message).join(" ")}` };
    contacts.push(parsed.data);
  }
  return guarded(async () => {
    const result = await saveContacts(user, organisationId.data, contacts);
    if (!result.ok) return { ok: false, message: result.message };
    revalidatePath("/trainer/contacts");
    return {
      ok: true,
      message: `Saved ${contacts.length} contact${contacts.length === 1 ? "" : "s"}. Learners see them in the course straight away.`,
    };
  });
}
