"use server";

import { ZRecordId, ZRecordIdOrEmpty } from "@/lib/actions/ids";
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { withActor } from "@/lib/edge/action";
import { emailIsHeld } from "@/lib/email/send";
import { unwrap } from "@/lib/edge/outcome";
import { createInvitation } from "@/lib/people/invitations";
import { cancelInvitation, resendInvitation } from "@/lib/people/pending-invitations";
import { ZPersonName } from "@/lib/people/person-name";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";

const ZInvite = z.object({
  organisationId: ZRecordIdOrEmpty.optional(),
  name: ZPersonName,
  email: z.string().trim().toLowerCase().email("FIELD_EMAIL_INVALID").max(254),
  role: z.enum(ROLES).default("LEARNER"),
  groupIds: z.array(ZRecordId).max(100),
});

const STAFF = ["TRAINER", "ADMIN"] as const;

export const inviteAction = withActor(
  {
    roles: { only: STAFF, action: "invite-people" },
    schema: ZInvite,
    read: (formData) => ({
      organisationId: formData.get("organisationId") || undefined,
      name: formData.get("name"),
      email: formData.get("email"),
      role: formData.get("role") || undefined,
      groupIds: formData.getAll("groupIds"),
    }),
  },
  async ({ actor, input, baseUrl, course }) => {
    unwrap(await createInvitation(actor, course, input, baseUrl));
    revalidatePath("/trainer/invite");
    const t = await getTranslations("TrainerMessages");
    // The same words whether or not the address already has an account (see createInvitation). Said differently
    // when the site has no mail server: the person must not wait for an email that will not come.
    return { ok: true, message: t(emailIsHeld() ? "inviteHeld" : "inviteSent", { email: input.email }) };
  },
);

const ZInvitationId = z.object({ invitationId: ZRecordId });
const readInvitationId = (formData: FormData) => ({ invitationId: formData.get("invitationId") });

/** Cancels a pending invitation: its link stops working. Scoped in lib/ to invitations the actor manages. */
export const cancelInvitationAction = withActor(
  { roles: { only: STAFF, action: "cancel-invitations" }, schema: ZInvitationId, read: readInvitationId },
  async ({ actor, input }) => {
    const { email } = unwrap(await cancelInvitation(actor, input.invitationId));
    revalidatePath("/trainer/invite");
    return { ok: true, message: (await getTranslations("TrainerMessages"))("inviteCancelled", { email }) };
  },
);

/** Sends an invitation again with a new link (the old one stops working) and a new 7 days. */
export const resendInvitationAction = withActor(
  { roles: { only: STAFF, action: "resend-invitations" }, schema: ZInvitationId, read: readInvitationId },
  async ({ actor, input, baseUrl, course }) => {
    const { email } = unwrap(await resendInvitation(actor, course, input.invitationId, baseUrl));
    revalidatePath("/trainer/invite");
    const t = await getTranslations("TrainerMessages");
    return { ok: true, message: t(emailIsHeld() ? "resendHeld" : "resent", { email }) };
  },
);
