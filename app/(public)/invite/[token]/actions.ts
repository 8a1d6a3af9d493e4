"use server";

import { getTranslations } from "next-intl/server";
import type { TSetPasswordState } from "@/components/set-password-form";
import { withoutActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { readSetPasswordForm, setPasswordInvalid, ZSetPasswordForm } from "@/lib/edge/set-password";
import { acceptInvitation } from "@/lib/people/invitations";

export const acceptInvitationAction = withoutActor<typeof ZSetPasswordForm, TSetPasswordState>(
  {
    schema: ZSetPasswordForm,
    read: readSetPasswordForm,
    invalid: setPasswordInvalid("INVITATION_LINK_INVALID"),
    fail: (message) => ({ message }),
  },
  async ({ input, course, locale }) => {
    const { email } = unwrap(await acceptInvitation(course, input.token, input.pair.password));
    return { message: (await getTranslations({ locale, namespace: "Invite" }))("done"), signInEmail: email };
  },
);
