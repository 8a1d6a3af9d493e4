import "server-only";
import { db } from "../../db/client";
import { getAuthSecret } from "../../env";
import { failure, type TResult } from "../../errors";
import { beginCodeAttempt, finishCodeAttempt } from "./attempts";
import type { TErrorCode } from "../../errors";
import { looksLikeRecoveryCode } from "./recovery-codes";
import { openSecret } from "./secret-box";
import { recoveryCodeHash } from "./setup";
import { acceptedStep } from "./totp";

export type TSecondFactorMethod = "password+app" | "password+recovery-code";

/**
 * Checks the code a person types after their password: a code from their authenticator app (each accepted once:
 * the step it belongs to is recorded, and a code from that step or before is refused) or one of their recovery
 * codes (each works once). Wrong codes are limited like wrong passwords (see beginCodeAttempt).
 */
export async function checkSignInCode(
  userId: string,
  input: string,
  address: string,
  now = new Date(),
): Promise<TResult<{ method: TSecondFactorMethod; recoveryCodesLeft: number | null }>> {
  const attempt = await beginCodeAttempt(userId, address, now);
  if (attempt.limited) return failure("SECOND_FACTOR_RATE_LIMITED");
  // Every attempt checked is finished, right or wrong, so that it counts for its address too.
  const refuse = async (code: TErrorCode) => {
    await finishCodeAttempt(attempt, false);
    return failure(code);
  };
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { totpSecret: true, totpLastStep: true, totpEnabledAt: true },
  });
  if (!user?.totpEnabledAt) return refuse("SECOND_FACTOR_NOT_ON");
  let method: TSecondFactorMethod | null = null;
  if (looksLikeRecoveryCode(input)) {
    const used = await db.recoveryCode.updateMany({
      where: { userId, codeHash: recoveryCodeHash(userId, input), usedAt: null },
      data: { usedAt: now },
    });
    if (used.count === 1) method = "password+recovery-code";
  } else {
    // A secret sealed under another server secret cannot be opened: only recovery codes work then.
    const secret = user.totpSecret && openSecret(user.totpSecret, getAuthSecret());
    const step = secret ? acceptedStep(secret, input, now.getTime(), user.totpLastStep) : null;
    if (step !== null) {
      // Only one request can move the step on: the same code sent twice at once is accepted once.
      const moved = await db.user.updateMany({
        where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
        data: { totpLastStep: step },
      });
      if (moved.count === 1) method = "password+app";
    }
  }
  if (!method) return refuse("SECOND_FACTOR_WRONG_CODE");
  await finishCodeAttempt(attempt, true);
  const recoveryCodesLeft =
    method === "password+recovery-code" ? await db.recoveryCode.count({ where: { userId, usedAt: null } }) : null;
  return { ok: true, method, recoveryCodesLeft };
}
