"use server";

import { ZRecordIdOrEmpty } from "@/lib/actions/ids";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { AppError } from "@/lib/errors";
import { assignCourse } from "@/lib/compliance/assignments";
import { formatCalendarDay } from "@/lib/format/dates";
import { parseDueDate } from "@/lib/imports/plan";

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
  async ({ actor, input, course }) => {
    const { target, groupId, emails, dueDate, organisationId } = input;
    const dueDay = parseDueDate(dueDate)!;
    const list = (emails ?? "")
      .split(/[\s,;]+/)
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean);
    if (target === "group" && !groupId) throw new AppError("CHOOSE_GROUP");
    if (target === "people" && !list.length) throw new AppError("ENTER_EMAILS");
    const result = unwrap(
      await assignCourse(actor, course, {
        organisationId,
        dueDate: dueDay,
        target:
          target === "group"
            ? { kind: "group", groupId: groupId! }
            : target === "people"
              ? { kind: "people", emails: list }
              : { kind: "organisation" },
      }),
    );
    revalidatePath("/trainer");
    // Names the group: the form keeps the choice for a next assignment, and the message confirms which it was.
    const people = `${result.count} ${result.count === 1 ? "person" : "people"}`;
    return {
      ok: true,
      message: `Assigned to ${people}${result.groupName ? ` in ${result.groupName}` : ""}, due ${formatCalendarDay(dueDay)}.`,
    };
  },
);
