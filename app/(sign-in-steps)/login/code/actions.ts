"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientAddress } from "@/lib/auth/client-address";
import { getSignInState } from "@/lib/auth/current-user";
import { checkSignInCode } from "@/lib/auth/second-factor/challenge";
import { markSecondFactorPassed } from "@/lib/auth/session-cookie";
import { recordSignIn } from "@/lib/auth/sign-in-history";
import { withoutActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { AppError, fieldErrorsOf, messageFor } from "@/lib/errors";
import { safeCallbackPath } from "@/lib/security/callback-url";

export type TCodeFormState = { message: string | null; errors?: Record<string, string[] | undefined> };

const ZCode = z.object({
  code: z.string().trim().min(1, "FIELD_CODE_MISSING").max(40, "SECOND_FACTOR_WRONG_CODE"),
  callbackUrl: z.string().max(2048),
});

/**
 * The second step of signing in with a password: a code from the person's authenticator app, or a recovery code.
 * On success this browser's session becomes a full one and the person goes where they were going.
 */
export const checkSignInCodeAction = withoutActor<typeof ZCode, TCodeFormState>(
  {
    schema: ZCode,
    read: (formData) => ({ code: formData.get("code") ?? "", callbackUrl: formData.get("callbackUrl") ?? "" }),
    fail: (message) => ({ message }),
    invalid: (error, _previous, locale) => ({
      message: messageFor("SECOND_FACTOR_NEEDED", {}, locale),
      errors: fieldErrorsOf(error, locale),
    }),
  },
  async ({ input }) => {
    const state = await getSignInState();
    if (!state) throw new AppError("SIGN_IN_REQUIRED");
    const destination = safeCallbackPath(input.callbackUrl);
    if (state.stage !== "code-needed") redirect(destination);
    const address = clientAddress(await headers());
    const { method } = unwrap(await checkSignInCode(state.actor.id, input.code, address));
    await recordSignIn(state.actor.id, method, address);
    await markSecondFactorPassed(state.claims);
    redirect(destination);
  },
);
