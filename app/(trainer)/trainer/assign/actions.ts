"use server";

import { ZRecordIdOrEmpty } from "@/lib/actions/ids";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guarded, invalid, type TActionState } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/current-user";
import { assignCourse } from "@/lib/compliance/assignments";
import { parseDueDate } from "@/lib/imports/plan";
import { getDefaultCourse } from "@/lib/course";

const ZAssign = z.object({
  organisationId: ZRecordIdOrEmpty.optional(),
  target: z.enum(["organisation", "group", "people"]),
  groupId: ZRecordIdOrEmpty.optional(),
  emails: z.string().max(100_000).optional(),
  dueDate: z.string().refine((v) => !!parseDueDate(v), "Choose a due date."),
});

export async function assignAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const user = await getCurrentUser();
  if (!user || user.role === "LEARNER")
    return { ok: false, message: "Only trainers and administrators can assign the course." };
  const parsed = ZAssign.safeParse(Object.fromEntries([...formData.entries()].filter(([k]) => !k.startsWith("$"))));
  if (!parsed.success) return invalid(parsed.error);
  const { target, groupId, emails, dueDate, organisationId } = parsed.data;
  const list = (emails ?? "")
    .split(/[\s,;]+/)
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  if (target === "group" && !groupId) return { ok: false, message: "Choose a group." };
  if (target === "people" && !list.length) return { ok: false, message: "Enter at least one email address." };
  return guarded(async () => {
    const result = await assignCourse(user, getDefaultCourse(), {
      organisationId,
      dueDate: parseDueDate(dueDate)!,
      target:
        target === "group"
          ? { kind: "group", groupId: groupId! }
          : target === "people"
            ? { kind: "people", emails: list }
            : { kind: "organisation" },
    });
    if (!result.ok) return { ok: false, message: result.message };
    revalidatePath("/trainer");
    // Names the group: the form keeps the choice for a next assignment, and the message confirms which it was.
    const people = `${result.count} ${result.count === 1 ? "person" : "people"}`;
    return {
      ok: true,
      message: `Assigned to ${people}${result.groupName ? ` in ${result.groupName}` : ""}, due ${dueDate}.`,
    };
  });
}
