"use server";

import { ZRecordId, ZRecordIdOrEmpty } from "@/lib/actions/ids";
import { z } from "zod";
import { guarded, invalid, type TActionState } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ROLES } from "@/lib/auth/roles";
import { publicBaseUrl } from "@/lib/env";
import { createInvitation } from "@/lib/people/invitations";
import { ZPersonName } from "@/lib/people/person-name";

const ZInvite = z.object({
  organisationId: ZRecordIdOrEmpty.optional(),
  name: ZPersonName,
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(254),
  role: z.enum(ROLES).default("LEARNER"),
  groupIds: z.array(ZRecordId).max(100),
});

export async function inviteAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const user = await getCurrentUser();
  if (!user || user.role === "LEARNER") return { ok: false, message: "Only trainers and administrators can invite people." };
  const parsed = ZInvite.safeParse({
    organisationId: formData.get("organisationId") || undefined,
    name: formData.get("name"),
    email: formData.get("email"),
    role: formData.get("role") || undefined,
    groupIds: formData.getAll("groupIds"),
  });
  if (!parsed.success) return invalid(parsed.error);
  return guarded(async () => {
    const result = await createInvitation(user, parsed.data, publicBaseUrl());
    if (!result.ok) return { ok: false, message: result.message };
    return { ok: true, message: `Invitation sent to ${parsed.data.email}. The link works once, for 7 days.` };
  });
}
