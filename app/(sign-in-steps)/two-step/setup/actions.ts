"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { clientAddress } from "@/lib/auth/client-address";
import { getSignInState } from "@/lib/auth/current-user";
import { confirmSetup } from "@/lib/auth/second-factor/setup";
import { markSecondFactorPassed } from "@/lib/auth/session-cookie";
import { withoutActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { AppError, fieldErrorsOf, messageFor } from "@/lib/errors";

export type TSetupFormState = {
  message: string | null;
  recoveryCodes?: string[];
  errors?: Record<string, string[] | undefined>;
};

const ZSetup = z.object({ code: z.string().trim().min(1, "FIELD_CODE_MISSING").max(40, "SECOND_FACTOR_WRONG_CODE") });

/**
 * Turns the authenticator on once the person has typed a code from it. Open to a session that is not yet a full
 * one (a trainer or administrator must set this up before anything else), and to anyone signed in who chooses
 * to. Having just proved they hold the app, this browser's session counts as having passed the second factor.
 */
export const confirmSetupAction = withoutActor<typeof ZSetup, TSetupFormState>(
  {
    schema: ZSetup,
    read: (formData) => ({ code: formData.get("code") ?? "" }),
    fail: (message) => ({ message }),
    invalid: (error, _previous, locale) => ({
      message: messageFor("CHECK_FORM", {}, locale),
      errors: fieldErrorsOf(error, locale),
    }),
  },
  async ({ input, baseUrl }) => {
    const state = await getSignInState();
    if (!state) throw new AppError("SIGN_IN_REQUIRED");
    // A session waiting for its code cannot add a second authenticator in place of giving it.
    if (state.stage === "code-needed") throw new AppError("SECOND_FACTOR_NEEDED");
    const address = clientAddress(await headers());
    const { recoveryCodes } = unwrap(await confirmSetup(state.actor, input.code, address, baseUrl));
    await markSecondFactorPassed(state.claims);
    return { message: null, recoveryCodes };
  },
);
