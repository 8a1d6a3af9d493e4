import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TCourse } from "../../course/types";
import { db } from "../../db/client";
import { enrol } from "../../enrolments/enrol";
import { failure, type TResult } from "../../errors";
import { recordSignIn } from "../sign-in-history";
import { decideAdmission } from "./admission";
import { emailDomain, type TSsoIdentity } from "./identity";

export type TAdmitted = { userId: string; sessionVersion: number };

const SSO_ORGANISATION = { id: true, entraTenantId: true, ssoProviders: true } as const;
const ACCOUNT = {
  id: true,
  active: true,
  // Read with the role it was decided on: a promotion (which ends sessions) after this read makes this one stale.
  sessionVersion: true,
  role: true,
  organisationId: true,
  organisation: { select: SSO_ORGANISATION },
} as const;

/**
 * Lets a person in through single sign-on, or says why not (see decideAdmission): links the provider account to
 * the account with the same email, or makes a new learner in the organisation that owns the domain (with the role
 * and groups of an invitation waiting for that email, which is then used up). The name, and the email where it is
 * free, are refreshed from the provider each time. The sign-in is recorded in the person's history.
 */
export async function admitSsoSignIn(
  identity: TSsoIdentity,
  course: Pick<TCourse, "id">,
  address: string,
  now = new Date(),
): Promise<TResult<TAdmitted>> {
  let admitted: TResult<TAdmitted>;
  try {
    admitted = await admitInTransaction(identity, course, now);
  } catch (error) {
    // Two first sign-ins with one email at once, or a refresh racing another change of email: one of them loses on
    // the unique email. Nothing was written for it; trying again finds the account the other made.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return failure("SSO_FAILED");
    throw error;
  }
  if (!admitted.ok) return admitted;
  await recordSignIn(admitted.userId, `sso:${identity.provider}`, address, now);
  return admitted;
}

function admitInTransaction(
  identity: TSsoIdentity,
  course: Pick<TCourse, "id">,
  now: Date,
): Promise<TResult<TAdmitted>> {
  return db.$transaction(async (tx): Promise<TResult<TAdmitted>> => {
    const link = await tx.externalIdentity.findUnique({
      where: { provider_subject: { provider: identity.provider, subject: identity.subject } },
      select: { user: { select: ACCOUNT } },
    });
    const domain = identity.email ? emailDomain(identity.email) : null;
    const [domainOrganisation, existing] = await Promise.all([
      domain
        ? tx.organisationDomain.findUnique({
            where: { domain },
            select: { organisation: { select: SSO_ORGANISATION } },
          })
        : null,
      identity.email ? tx.user.findUnique({ where: { email: identity.email }, select: ACCOUNT }) : null,
    ]);
    const decision = decideAdmission({
      identity,
      linked: link?.user ?? null,
      domainOrganisation: domainOrganisation?.organisation ?? null,
      existing,
    });
    switch (decision.kind) {
      case "refuse":
        return failure(decision.code);
      case "signed-in":
        await tx.externalIdentity.update({
          where: { provider_subject: { provider: identity.provider, subject: identity.subject } },
          data: { lastUsedAt: now },
        });
        await refreshFromProvider(tx, decision.userId, identity);
        return { ok: true, userId: decision.userId, sessionVersion: link!.user.sessionVersion };
      case "link":
        await tx.externalIdentity.create({
          data: { provider: identity.provider, subject: identity.subject, userId: decision.userId, lastUsedAt: now },
        });
        await refreshFromProvider(tx, decision.userId, identity);
        return { ok: true, userId: decision.userId, sessionVersion: existing!.sessionVersion };
      case "create":
        return createFromSso(tx, identity, decision.organisationId, course, now);
    }
  });
}

/**
 * Whether the provider stands behind this email: Google and generic providers say it is verified (and for Google,
 * the account is a Workspace account of that domain); an Entra account's directory was checked by admission.
 */
function vouchedEmail(identity: TSsoIdentity): string | null {
  const email = identity.email;
  if (!email) return null;
  if (identity.provider === "azure-ad") return email;
  if (!identity.emailVerified) return null;
  if (identity.provider === "google" && identity.hostedDomain !== emailDomain(email)) return null;
  return email;
}

/**
 * The provider is the source of truth for the name, and for the email while the provider vouches for it, it is in
 * one of the person's own organisation's domains (a provider cannot move someone to an address another organisation
 * owns, where password resets and reminders would then go), and no one else here has it.
 */
async function refreshFromProvider(tx: Prisma.TransactionClient, userId: string, identity: TSsoIdentity) {
  const data: Prisma.UserUpdateInput = {};
  if (identity.name) Object.assign(data, { name: identity.name, searchName: identity.name.toLowerCase() });
  const email = vouchedEmail(identity);
  if (email) {
    const [person, holder] = await Promise.all([
      tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, organisationId: true } }),
      tx.user.findUnique({ where: { email }, select: { id: true } }),
    ]);
    const ownDomain = await tx.organisationDomain.findFirst({
      where: { domain: emailDomain(email), organisationId: person.organisationId },
      select: { id: true },
    });
    if (!holder && ownDomain && person.email !== email) data.email = email;
  }
  if (Object.keys(data).length) await tx.user.update({ where: { id: userId }, data });
}

async function createFromSso(
  tx: Prisma.TransactionClient,
  identity: TSsoIdentity,
  organisationId: string,
  course: Pick<TCourse, "id">,
  now: Date,
): Promise<TResult<TAdmitted>> {
  const email = identity.email!;
  // An invitation waiting for this address decides the role and groups; it is used up by this sign-in. One whose
  // inviter can no longer sign in vouches for no one (as on the invitation page): the person joins as a learner.
  const waiting = await tx.invitation.findFirst({
    where: { email, organisationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
  });
  const inviter =
    waiting && (await tx.user.findUnique({ where: { id: waiting.invitedById }, select: { active: true } }));
  const invitation = inviter?.active ? waiting : null;
  // An administrator's account is made only through the invitation link, with a password and an authenticator.
  if (invitation?.role === "ADMIN") return failure("SSO_NOT_FOR_ADMINISTRATORS");
  // Taken up only if still open: a cancellation committed since it was read must win, not be overwritten.
  const takenUp =
    invitation &&
    (
      await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null },
        data: { acceptedAt: now },
      })
    ).count === 1;
  const used = takenUp ? invitation : null;
  const wanted = used ? (used.groupIds as unknown[]).filter((g): g is string => typeof g === "string") : [];
  const groupIds = wanted.length
    ? (await tx.group.findMany({ where: { organisationId, id: { in: wanted } }, select: { id: true } })).map(
        (g) => g.id,
      )
    : [];
  const name = identity.name ?? used?.name ?? email.slice(0, email.indexOf("@"));
  const user = await tx.user.create({
    data: {
      email,
      name,
      searchName: name.toLowerCase(),
      role: used?.role ?? "LEARNER",
      organisationId,
      memberships: { create: groupIds.map((groupId) => ({ groupId })) },
      externalIdentities: { create: { provider: identity.provider, subject: identity.subject, lastUsedAt: now } },
    },
    select: { id: true, sessionVersion: true },
  });
  await enrol(tx, [{ userId: user.id, organisationId, courseId: course.id }]);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
