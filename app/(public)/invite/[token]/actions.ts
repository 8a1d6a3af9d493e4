"use server";

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
  async ({ input, course }) => {
    const { email } = unwrap(await acceptInvitation(course, input.token, input.pair.password));
    return { message: "Your account is ready. Signing you in…", signInEmail: email };
  },
);
