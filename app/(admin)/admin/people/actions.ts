"use server";

import { ZRecordId } from "@/lib/actions/ids";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { invalid, type TActionState } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ROLES } from "@/lib/auth/roles";
import { publicBaseUrl } from "@/lib/env";
import { setUserActive } from "@/lib/people/account-status";
import { setGroups } from "@/lib/people/groups";
import { sendPasswordResetFor } from "@/lib/people/password-reset-for";
import { changeRole } from "@/lib/people/role-change";

const ZUserId = ZRecordId;

async function done(
  userId: string,
  result: { ok: true } | { ok: false; message: string },
  message: string,
): Promise<TActionState> {
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath(`/admin/people/${userId}`);
  return { ok: true, message };
}

export async function changeRoleAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in again." };
  const parsed = z
    .object({ userId: ZUserId, role: z.enum(ROLES) })
    .safeParse({ userId: formData.get("userId"), role: formData.get("role") });
  if (!parsed.success) return invalid(parsed.error);
  return done(parsed.data.userId, await changeRole(user, parsed.data.userId, parsed.data.role), "Role changed.");
}

export async function setActiveAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in again." };
  const parsed = z
    .object({ userId: ZUserId, active: z.enum(["true", "false"]) })
    .safeParse({ userId: formData.get("userId"), active: formData.get("active") });
  if (!parsed.success) return invalid(parsed.error);
  const active = parsed.data.active === "true";
  return done(
    parsed.data.userId,
    await setUserActive(user, parsed.data.userId, active),
    active ? "Account reactivated." : "Account deactivated: they can no longer sign in. Their records are kept.",
  );
}

export async function sendResetAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in again." };
  const parsed = z.object({ userId: ZUserId }).safeParse({ userId: formData.get("userId") });
  if (!parsed.success) return invalid(parsed.error);
  return done(
    parsed.data.userId,
    await sendPasswordResetFor(user, parsed.data.userId, publicBaseUrl()),
    "A password reset link has been sent (see the outbox if no email server is configured).",
  );
}

export async function setGroupsAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in again." };
  const ZIds = z.array(ZRecordId).max(500);
  const parsed = z.object({ userId: ZUserId, memberOf: ZIds, trainerOf: ZIds }).safeParse({
    userId: formData.get("userId"),
    memberOf: formData.getAll("memberOf"),
    trainerOf: formData.getAll("trainerOf"),
  });
  if (!parsed.success) return invalid(parsed.error);
  return done(
    parsed.data.userId,
    await setGroups(user, parsed.data.userId, parsed.data.memberOf, parsed.data.trainerOf),
    "Groups saved.",
  );
}
