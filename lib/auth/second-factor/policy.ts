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
  // The identity provider's own second factor is trusted, unless the organisation asks for ours as well; never for
  // an administrator (single sign-on does not admit them, and a session from before a promotion must not count).
  if (input.viaSso && !input.ssoNeedsSecondFactor && input.role !== "ADMIN") return "full";
  if (input.hasAuthenticator) return input.secondFactorPassed ? "full" : "code-needed";
  const required =
    secondFactorRequired(input.role, input.trainersNeedSecondFactor) ||
    (!!input.viaSso && !!input.ssoNeedsSecondFactor);
  return required ? "setup-needed" : "full";
}

/** What the database says about a person that decides their session's stage, and how to read it. */
export const STAGE_SELECT = {
  role: true,
  totpEnabledAt: true,
  organisation: { select: { trainersNeedSecondFactor: true, ssoNeedsSecondFactor: true } },
} as const;

export function stageOf(
  user: {
    role: TRole;
    totpEnabledAt: Date | null;
    organisation: { trainersNeedSecondFactor: boolean; ssoNeedsSecondFactor: boolean };
  },
  token: { secondFactor?: unknown; sso?: unknown },
): TSessionStage {
  return sessionStage({
    role: user.role,
    trainersNeedSecondFactor: user.organisation.trainersNeedSecondFactor,
    hasAuthenticator: user.totpEnabledAt !== null,
    secondFactorPassed: token.secondFactor === true,
    viaSso: token.sso === true,
    ssoNeedsSecondFactor: user.organisation.ssoNeedsSecondFactor,
  });
}
