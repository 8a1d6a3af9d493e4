"use server";

import { ZRecordId } from "@/lib/actions/ids";
import type { TActionState } from "@/lib/actions/result";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { issuesInOneLine, messageFor } from "@/lib/errors";
import {
  applyContactsIntent,
  BLANK_CONTACT,
  echoContactDrafts,
  isBlankContact,
  readContactDrafts,
  readContactsIntent,
  type TContactDraft,
} from "@/lib/people/contact-drafts";
import {
  CONTACT_KINDS,
  markContactsReviewed,
  MAX_CONTACTS,
  saveContacts,
  type TContact,
  type TContactKind,
} from "@/lib/people/contacts";

/** The form's answer, with its rows to draw again (for a browser without JavaScript, and after saving). */
export type TContactsFormState = TActionState & { rows?: TContactDraft[] };

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

const ZContactsForm = z.object({ organisationId: ZRecordId });

const asDraft = (c: TContact): TContactDraft => ({ ...c, email: c.email ?? "", notes: c.notes ?? "" });

export const saveContactsAction = withActor<typeof ZContactsForm, TContactsFormState>(
  {
    roles: { only: ["TRAINER", "ADMIN"], action: "change-contacts" },
    // The rows are checked one by one below, so the message can say which contact to fix.
    schema: ZContactsForm,
    read: (formData) => ({ organisationId: formData.get("organisationId") }),
    invalid: (_error, _previous, locale) => ({ ok: false, message: messageFor("CHOOSE_ORGANISATION", {}, locale) }),
  },
  async ({ actor, input, formData, locale }) => {
    const drafts = readContactDrafts(formData);
    const intent = readContactsIntent(formData.get("intent"));
    // "Add another contact" and "Remove" from a browser without JavaScript: nothing is saved, the rows come back.
    if (intent.is !== "save")
      return { ok: false, message: null, rows: echoContactDrafts(applyContactsIntent(intent, drafts)) };
    const filled = drafts.filter((d) => !isBlankContact(d));
    const back = { rows: echoContactDrafts(drafts) };
    const t = await getTranslations("TrainerMessages");
    if (filled.length > MAX_CONTACTS)
      return { ok: false, message: t("atMostContacts", { max: MAX_CONTACTS }), ...back };
    const contacts: TContact[] = [];
    // Numbered as the form numbers them ("Contact 3: role"), blank rows included.
    for (const [i, row] of drafts.entries()) {
      if (isBlankContact(row)) continue;
      const parsed = ZContact.safeParse(row);
      if (!parsed.success)
        return {
          ok: false,
          message: messageFor(
            "FIELD_CONTACT_PROBLEM",
            { number: i + 1, problems: issuesInOneLine(parsed.error, locale) },
            locale,
          ),
          ...back,
        };
      contacts.push(parsed.data);
    }
    unwrap(await saveContacts(actor, input.organisationId, contacts));
    revalidatePath("/trainer/contacts");
    revalidatePath("/trainer/evidence");
    return {
      ok: true,
      message: t("contactsSaved", { count: contacts.length }),
      // Saved as shown, blank rows gone, and one blank row to add another.
      rows: contacts.length < MAX_CONTACTS ? [...contacts.map(asDraft), BLANK_CONTACT] : contacts.map(asDraft),
    };
  },
);

/** "Mark as reviewed — nothing has changed": the contacts stay as they are; the date they were confirmed moves on. */
export const markContactsReviewedAction = withActor(
  {
    roles: { only: ["TRAINER", "ADMIN"], action: "change-contacts" },
    schema: ZContactsForm,
    read: (formData) => ({ organisationId: formData.get("organisationId") }),
    invalid: (_error, _previous, locale) => ({ ok: false, message: messageFor("CHOOSE_ORGANISATION", {}, locale) }),
  },
  async ({ actor, input }) => {
    unwrap(await markContactsReviewed(actor, input.organisationId));
    revalidatePath("/trainer/contacts");
    revalidatePath("/trainer/evidence");
    return { ok: true, message: (await getTranslations("TrainerMessages"))("contactsReviewed") };
  },
);
