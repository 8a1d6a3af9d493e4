"use server";

import { ZRecordId, ZRecordIdOrEmpty } from "@/lib/actions/ids";
import { z } from "zod";
import { guarded, invalid, type TActionState } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ROLES } from "@/lib/auth/roles";
import { publicBaseUrl } from "@/lib/env";
import { createInvitation } from "@/lib/people/invitations";
import { cancelInvitation, resendInvitation } from "@/lib/people/pending-invitations";
import { ZPersonName } from "@/lib/people/person-name";
import { revalidatePath } from "next/cache";
import { getDefaultCourse } from "@/lib/course";

const ZInvite = z.object({
  organisationId: ZRecordIdOrEmpty.optional(),
  name: ZPersonName,
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(254),
  role: z.enum(ROLES).default("LEARNER"),
  groupIds: z.array(ZRecordId).max(100),
});

export async function inviteAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const user = await getCurrentUser();
  if (!user || user.role === "LEARNER")
    return { ok: false, message: "Only trainers and administrators can invite people." };
  const parsed = ZInvite.safeParse({
    organisationId: formData.get("organisationId") || undefined,
    name: formData.get("name"),
    email: formData.get("email"),
    role: formData.get("role") || undefined,
    groupIds: formData.getAll("groupIds"),
  });
  if (!parsed.success) return invalid(parsed.error);
  const state = await guarded(async () => {
    const result = await createInvitation(user, getDefaultCourse(), parsed.data, publicBaseUrl());
    if (!result.ok) return { ok: false, message: result.message };
    // The same words whether or not the address already has an account (see createInvitation).
    return { ok: true, message: `Invitation sent to ${parsed.data.email}. The link works once, for 7 days.` };
  });
  if (state.ok) revalidatePath("/trainer/invite");
  return state;
}

const ZInvitationId = z.object({ invitationId: ZRecordId });

/** Cancels a pending invitation: its link stops working. Scoped in lib/ to invitations the actor manages. */
export async function cancelInvitationAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const user = await getCurrentUser();
  if (!user || user.role === "LEARNER")
    return { ok: false, message: "Only trainers and administrators can cancel invitations." };
  const parsed = ZInvitationId.safeParse({ invitationId: formData.get("invitationId") });
  if (!parsed.success) return invalid(parsed.error);
  const result = await cancelInvitation(user, parsed.data.invitationId);
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/trainer/invite");
  return { ok: true, message: `Invitation to ${result.email} cancelled: its link no longer works.` };
}

/** Sends an invitation again with a new link (the old one stops working) and a new 7 days. */
export async function resendInvitationAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const user = await getCurrentUser();
  if (!user || user.role === "LEARNER")
    return { ok: false, message: "Only trainers and administrators can resend invitations." };
  const parsed = ZInvitationId.safeParse({ invitationId: formData.get("invitationId") });
  if (!parsed.success) return invalid(parsed.error);
  const result = await resendInvitation(user, getDefaultCourse(), parsed.data.invitationId, publicBaseUrl());
  if (!result.ok) return { ok: false, message: result.message };
  revalidatePath("/trainer/invite");
  return {
    ok: true,
    message: `Invitation sent again to ${result.email}, with a new link for 7 days. The old link no longer works.`,
  };
}
