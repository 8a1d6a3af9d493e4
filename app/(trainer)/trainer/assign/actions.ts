"use server";

import { peopleCount } from "@/lib/format/count";
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
  dueDate: z.string().refine((v) => !!parseDueDate(v), "Choose a due date."),
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
    return { ok: true, message: assignedMessage(result, dueDay) };
  },
);

/** "2 people in Reception", or "Sam Jones and Priya Shah", or "Sam Jones, … and 3 others". */
function whom(result: TAssigned): string {
  if (result.groupName) return `${peopleCount(result.count)} in ${result.groupName}`;
  const names = result.names ?? [];
  if (!names.length) return peopleCount(result.count);
  const others = result.count - names.length;
  if (others > 0) return `${names.join(", ")} and ${others} ${others === 1 ? "other" : "others"}`;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * Names the group (the form keeps the choice for a next assignment, and the message confirms which it was) and the
 * date in UK form; warns when that date has passed; says who was emailed, and that an email waits in the outbox
 * when the site sends none.
 */
function assignedMessage(result: TAssigned, dueDay: string): string {
  const parts = [`Assigned to ${whom(result)}, due ${formatCalendarDay(dueDay)}.`];
  if (result.pastDue)
    parts.push("That date has already passed, so anyone who has not completed the course is overdue now.");
  const emailed = result.emailIds.length;
  if (emailed)
    parts.push(
      emailIsHeld()
        ? `Emails to ${peopleCount(emailed)} are waiting in the outbox: this site has no mail server set up.`
        : `${peopleCount(emailed)} emailed the course and the date.`,
    );
  else parts.push("Nobody was emailed: everyone it reached has a certificate valid past that date.");
  return parts.join(" ");
}
