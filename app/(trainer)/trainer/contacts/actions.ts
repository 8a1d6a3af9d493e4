"use server";

import { ZRecordId } from "@/lib/actions/ids";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { issuesInOneLine, messageFor } from "@/lib/errors";
import { CONTACT_KINDS, MAX_CONTACTS, saveContacts, type TContact, type TContactKind } from "@/lib/people/contacts";

const ZContact = z.object({
  kind: z.enum(Object.keys(CONTACT_KINDS) as [TContactKind, ...TContactKind[]]),
  name: z.string().trim().min(2, "FIELD_CONTACT_NAME_MISSING").max(120),
  phone: z
    .string()
    .trim()
    .regex(/^[+\d][\d\s()-]{2,24}$/, "FIELD_CONTACT_PHONE_INVALID"),
  email: z
    .string()
    .trim()
    .email("FIELD_CONTACT_EMAIL_INVALID")
    .max(254)
    .or(z.literal(""))
    .transform((v) => v || null),
  notes: z
    .string()
    .trim()
    .max(300)
    .transform((v) => v || null),
});

/** The filled-in rows of the form (a row with neither a name nor a phone number is an unused one). */
function readRows(formData: FormData) {
  return Array.from({ length: MAX_CONTACTS }, (_, i) => ({
    kind: formData.get(`kind-${i}`),
    name: formData.get(`name-${i}`) ?? "",
    phone: formData.get(`phone-${i}`) ?? "",
    email: formData.get(`email-${i}`) ?? "",
    notes: formData.get(`notes-${i}`) ?? "",
  })).filter((r) => String(r.name).trim() || String(r.phone).trim());
}

export const saveContactsAction = withActor(
  {
    roles: { only: ["TRAINER", "ADMIN"], action: "change-contacts" },
    // The rows are checked one by one below, so the message can say which contact to fix.
    schema: z.object({ organisationId: ZRecordId, rows: z.array(z.unknown()) }),
    read: (formData) => ({ organisationId: formData.get("organisationId"), rows: readRows(formData) }),
    invalid: () => ({ ok: false, message: messageFor("CHOOSE_ORGANISATION") }),
  },
  async ({ actor, input }) => {
    const contacts: TContact[] = [];
    for (const [i, row] of input.rows.entries()) {
      const parsed = ZContact.safeParse(row);
      if (!parsed.success)
        return {
          ok: false,
          message: messageFor("FIELD_CONTACT_PROBLEM", { number: i + 1, problems: issuesInOneLine(parsed.error) }),
        };
      contacts.push(parsed.data);
    }
    unwrap(await saveContacts(actor, input.organisationId, contacts));
    revalidatePath("/trainer/contacts");
    return {
      ok: true,
      message: `Saved ${contacts.length} contact${contacts.length === 1 ? "" : "s"}. Learners see them in the course straight away.`,
    };
  },
);
