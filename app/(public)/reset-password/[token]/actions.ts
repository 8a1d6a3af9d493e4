"use server";

import { getTranslations } from "next-intl/server";
import type { TSetPasswordState } from "@/components/set-password-form";
import { withoutActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { readSetPasswordForm, setPasswordInvalid, ZSetPasswordForm } from "@/lib/edge/set-password";
import { resetPassword } from "@/lib/people/password-reset";

export const resetPasswordAction = withoutActor<typeof ZSetPasswordForm, TSetPasswordState>(
  {
    schema: ZSetPasswordForm,
    read: readSetPasswordForm,
    invalid: setPasswordInvalid("RESET_LINK_INVALID"),
    fail: (message) => ({ message }),
  },
  async ({ input, locale }) => {
    const { email } = unwrap(await resetPassword(input.token, input.pair.password));
    return { message: (await getTranslations({ locale, namespace: "Password" }))("resetDone"), signInEmail: email };
  },
);
