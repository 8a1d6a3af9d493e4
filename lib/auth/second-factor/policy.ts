import type { TRole } from "../roles";

/**
 * Who must use two-step verification: administrators always (they manage everyone), trainers unless their
 * organisation has relaxed it (they see the records of everyone they manage), learners only if they choose to.
 */
export function secondFactorRequired(role: TRole, trainersNeedSecondFactor: boolean): boolean {
  if (role === "ADMIN") return true;
  if (role === "TRAINER") return trainersNeedSecondFactor;
  return false;
}

/**
 * How far a signed-in session has got:
 * - "full": it may do what the person's role allows;
 * - "code-needed": a password was checked, but the person has an authenticator and this session has not yet
 *   been given a code from it;
 * - "setup-needed": the person must use two-step verification and has not set it up: they may reach only the
 *   setup page.
 */
export type TSessionStage = "full" | "code-needed" | "setup-needed";

export function sessionStage(input: {
  role: TRole;
  trainersNeedSecondFactor: boolean;
  hasAuthenticator: boolean;
  secondFactorPassed: boolean;
  /** The session began with a single sign-on, and whether the organisation still asks for our code then. */
  viaSso?: boolean;
  ssoNeedsSecondFactor?: boolean;
}): TSessionStage {
  // The identity provider's own second factor is trusted, unless the organisation asks for ours as well.
  if (input.viaSso && !input.ssoNeedsSecondFactor) return "full";
  if (input.hasAuthenticator) return input.secondFactorPassed ? "full" : "code-needed";
  const required =
    secondFactorRequired(input.role, input.trainersNeedSecondFactor) ||
    (!!input.viaSso && !!input.ssoNeedsSecondFactor);
  return required ? "setup-needed" : "full";
}
