"use server";

import { ZRecordId } from "@/lib/actions/ids";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { resetSecondFactorFor } from "@/lib/auth/second-factor/setup";
import type { TActionState } from "@/lib/actions/result";
import { ROLES } from "@/lib/auth/roles";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import type { TResult } from "@/lib/errors";
import { setUserActive } from "@/lib/people/account-status";
import { setGroups } from "@/lib/people/groups";
import { sendPasswordResetFor } from "@/lib/people/password-reset-for";
import { changeRole } from "@/lib/people/role-change";

// Administrators only: lib/people (requireAdmin) refuses anyone else (ADMIN_ONLY).
const ZUserId = ZRecordId;

/** A success revalidates the person's page; a failure is thrown on, for withActor to word. */
function done(userId: string, result: TResult, message: string): TActionState {
  unwrap(result);
  revalidatePath(`/admin/people/${userId}`);
  return { ok: true, message };
}

export const changeRoleAction = withActor(
  {
    schema: z.object({ userId: ZUserId, role: z.enum(ROLES) }),
    read: (formData) => ({ userId: formData.get("userId"), role: formData.get("role") }),
  },
  async ({ actor, input }) =>
    done(
      input.userId,
      await changeRole(actor, input.userId, input.role),
      (await getTranslations("AdminPerson"))("roleChanged"),
    ),
);

export const setActiveAction = withActor(
  {
    schema: z.object({ userId: ZUserId, active: z.enum(["true", "false"]) }),
    read: (formData) => ({ userId: formData.get("userId"), active: formData.get("active") }),
  },
  async ({ actor, input }) => {
    const active = input.active === "true";
    return done(
      input.userId,
      await setUserActive(actor, input.userId, active),
      (await getTranslations("AdminPerson"))(active ? "reactivated" : "deactivatedMessage"),
    );
  },
);

export const resetSecondFactorAction = withActor(
  { schema: z.object({ userId: ZUserId }), read: (formData) => ({ userId: formData.get("userId") }) },
  async ({ actor, input, baseUrl }) =>
    done(
      input.userId,
      await resetSecondFactorFor(actor, input.userId, baseUrl),
      (await getTranslations("AdminPerson"))("secondFactorReset"),
    ),
);

export const sendResetAction = withActor(
  { schema: z.object({ userId: ZUserId }), read: (formData) => ({ userId: formData.get("userId") }) },
  async ({ actor, input, baseUrl }) =>
    done(
      input.userId,
      await sendPasswordResetFor(actor, input.userId, baseUrl),
      (await getTranslations("AdminPerson"))("resetSent"),
    ),
);

const ZIds = z.array(ZRecordId).max(500);

export const setGroupsAction = withActor(
  {
    schema: z.object({ userId: ZUserId, memberOf: ZIds, trainerOf: ZIds }),
    read: (formData) => ({
      userId: formData.get("userId"),
      memberOf: formData.getAll("memberOf"),
      trainerOf: formData.getAll("trainerOf"),
    }),
  },
  async ({ actor, input }) =>
    done(
      input.userId,
      await setGroups(actor, input.userId, input.memberOf, input.trainerOf),
      (await getTranslations("AdminPerson"))("groupsSaved"),
    ),
);
