"use server";

import { ZRecordId } from "@/lib/actions/ids";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { invalid, type TActionState } from "@/lib/actions/result";
import {
  createGroup,
  createOrganisation,
  deleteGroup,
  MAX_QUIZ_RETAKE_WAIT_MINUTES,
  setQuizRetakeWait,
} from "@/lib/people/organisations";

const ZName = z
  .string()
  .trim()
  .min(2, "Give a name of at least 2 characters.")
  .max(120, "Keep the name under 120 characters.");

export async function createOrganisationAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in again." };
  const parsed = z.object({ name: ZName }).safeParse({ name: formData.get("name") });
  if (!parsed.success) return invalid(parsed.error);
  const result = await createOrganisation(user, parsed.data.name);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/admin/organisations");
  return { ok: true, message: `Created ${parsed.data.name}.` };
}

export async function createGroupAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in again." };
  const parsed = z
    .object({ organisationId: ZRecordId, name: ZName })
    .safeParse({ organisationId: formData.get("organisationId"), name: formData.get("name") });
  if (!parsed.success) return invalid(parsed.error);
  const result = await createGroup(user, parsed.data.organisationId, parsed.data.name);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/admin/organisations/${parsed.data.organisationId}`);
  return { ok: true, message: `Added the group ${parsed.data.name}.` };
}

export async function deleteGroupAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in again." };
  const parsed = z
    .object({ groupId: ZRecordId, organisationId: ZRecordId })
    .safeParse({ groupId: formData.get("groupId"), organisationId: formData.get("organisationId") });
  if (!parsed.success) return invalid(parsed.error);
  const result = await deleteGroup(user, parsed.data.groupId);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/admin/organisations/${parsed.data.organisationId}`);
  return { ok: true, message: "Group removed. Its members keep their records." };
}

export async function setQuizRetakeWaitAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in again." };
  const parsed = z
    .object({
      organisationId: ZRecordId,
      // Digits only: an empty or missing field must not quietly become "no wait".
      minutes: z
        .string({ message: "Give the wait in minutes, as a whole number." })
        .trim()
        .refine((v) => !v.startsWith("-"), "The wait cannot be negative.")
        .refine((v) => /^-?\d{1,6}$/.test(v), "Give the wait in minutes, as a whole number.")
        .transform(Number)
        .refine(
          (n) => n <= MAX_QUIZ_RETAKE_WAIT_MINUTES,
          `Keep the wait to one week (${MAX_QUIZ_RETAKE_WAIT_MINUTES} minutes) or less.`,
        ),
    })
    .safeParse({ organisationId: formData.get("organisationId"), minutes: formData.get("minutes") });
  if (!parsed.success) return invalid(parsed.error);
  const result = await setQuizRetakeWait(user, parsed.data.organisationId, parsed.data.minutes);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/admin/organisations/${parsed.data.organisationId}`);
  return {
    ok: true,
    message:
      parsed.data.minutes === 0
        ? "Learners can retake a quiz straight after a failed attempt."
        : `Learners now wait ${parsed.data.minutes} minute${parsed.data.minutes === 1 ? "" : "s"} after a failed attempt before retaking a quiz.`,
  };
}
