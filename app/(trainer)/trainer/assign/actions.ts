"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { ZRecordIdOrEmpty } from "@/lib/actions/ids";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { z } from "zod";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { AppError } from "@/lib/errors";
import { assignCourse } from "@/lib/compliance/assignments";
import { formatCalendarDay } from "@/lib/format/dates";
import { deliverEmails, emailIsHeld } from "@/lib/email/send";
import { parseDueDate } from "@/lib/imports/plan";
import type { TAssigned } from "@/lib/compliance/assignments";

const ZAssign = z.object({
  organisationId: ZRecordIdOrEmpty.optional(),
  target: z.enum(["organisation", "group", "people"]),
  groupId: ZRecordIdOrEmpty.optional(),
  emails: z.string().max(100_000).optional(),
  dueDate: z.string().refine((v) => !!parseDueDate(v), "FIELD_DUE_DATE_MISSING"),
});

export const assignAction = withActor(
  {
    roles: { only: ["TRAINER", "ADMIN"], action: "assign-course" },
    schema: ZAssign,
    read: (formData) => Object.fromEntries([...formData.entries()].filter(([k]) => !k.startsWith("$"))),
  },
  async ({ actor, input, course, baseUrl }) => {
    const { target, groupId, emails, dueDate, organisationId } = input;
    const dueDay = parseDueDate(dueDate)!;
    const list = (emails ?? "")
      .split(/[\s,;]+/)
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean);
    if (target === "group" && !groupId) throw new AppError("CHOOSE_GROUP");
    if (target === "people" && !list.length) throw new AppError("ENTER_EMAILS");
    const result = unwrap(
      await assignCourse(
        actor,
        course,
        {
          organisationId,
          dueDate: dueDay,
          target:
            target === "group"
              ? { kind: "group", groupId: groupId! }
              : target === "people"
                ? { kind: "people", emails: list }
                : { kind: "organisation" },
        },
        baseUrl,
      ),
    );
    // Hundreds of emails go out after the response, not while the trainer waits.
    after(() => deliverEmails(result.emailIds));
    revalidatePath("/trainer");
    const [t, locale] = await Promise.all([getTranslations("TrainerMessages"), getLocale()]);
    return { ok: true, message: assignedMessage(result, dueDay, t, locale) };
  },
);

type TMessages = (key: string, values?: Record<string, string | number>) => string;

/** "2 people in Reception", or "Sam Jones and Priya Shah", or "Sam Jones, … and 3 others". */
function whom(result: TAssigned, t: TMessages): string {
  const people = t("people", { count: result.count });
  if (result.groupName) return t("whomInGroup", { people, group: result.groupName });
  const names = result.names ?? [];
  if (!names.length) return people;
  const others = result.count - names.length;
  if (others > 0) return t("whomOthers", { names: names.join(", "), others });
  return names.length === 1 ? names[0]! : t("whomAnd", { names: names.slice(0, -1).join(", "), last: names.at(-1)! });
}

/**
 * Names the group (the form keeps the choice for a next assignment, and the message confirms which it was) and the
 * date in UK form; warns when that date has passed; says who was emailed, and that an email waits in the outbox
 * when the site sends none.
 */
function assignedMessage(result: TAssigned, dueDay: string, t: TMessages, locale: string): string {
  const parts = [t("assignedTo", { whom: whom(result, t), date: formatCalendarDay(dueDay, { locale }) })];
  if (result.pastDue) parts.push(t("pastDue"));
  const emailed = result.emailIds.length;
  if (emailed) {
    const people = t("people", { count: emailed });
    parts.push(emailIsHeld() ? t("emailsHeld", { people }) : t("emailed", { people }));
  } else parts.push(t("nobodyEmailed"));
  return parts.join(" ");
}
