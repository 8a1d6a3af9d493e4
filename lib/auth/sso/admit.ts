import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TCourse } from "../../course/types";
import { db } from "../../db/client";
import { enrol } from "../../enrolments/enrol";
import { failure, type TResult } from "../../errors";
import { recordSignIn } from "../sign-in-history";
import { decideAdmission } from "./admission";
import { emailDomain, type TSsoIdentity } from "./identity";

export type TAdmitted = { userId: string; sessionVersion: number };

const ACCOUNT = { id: true, active: true, organisationId: true } as const;

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
  const admitted = await db.$transaction(async (tx) => {
    const link = await tx.externalIdentity.findUnique({
      where: { provider_subject: { provider: identity.provider, subject: identity.subject } },
      select: { user: { select: ACCOUNT } },
    });
    const domain = identity.email ? emailDomain(identity.email) : null;
    const [domainOrganisation, existing] = await Promise.all([
      domain
        ? tx.organisationDomain.findUnique({
            where: { domain },
            select: { organisation: { select: { id: true, entraTenantId: true } } },
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
        return { ok: true as const, userId: decision.userId };
      case "link":
        await tx.externalIdentity.create({
          data: { provider: identity.provider, subject: identity.subject, userId: decision.userId, lastUsedAt: now },
        });
        await refreshFromProvider(tx, decision.userId, identity);
        return { ok: true as const, userId: decision.userId };
      case "create":
        return { ok: true as const, userId: await createFromSso(tx, identity, decision.organisationId, course, now) };
    }
  });
  if (!admitted.ok) return admitted;
  const user = await db.user.update({
    where: { id: admitted.userId },
    data: { lastSignInAt: now },
    select: { sessionVersion: true },
  });
  await recordSignIn(admitted.userId, `sso:${identity.provider}`, address);
  return { ok: true, userId: admitted.userId, sessionVersion: user.sessionVersion };
}

/**
 * The provider is the source of truth for the name, and for the email while no one else here has it and the
 * provider vouches for it (an Entra account's tenant is part of its subject, so its directory stands behind it).
 */
async function refreshFromProvider(tx: Prisma.TransactionClient, userId: string, identity: TSsoIdentity) {
  const data: Prisma.UserUpdateInput = {};
  if (identity.name) Object.assign(data, { name: identity.name, searchName: identity.name.toLowerCase() });
  if (identity.email && (identity.emailVerified || identity.provider === "azure-ad")) {
    const holder = await tx.user.findUnique({ where: { email: identity.email }, select: { id: true } });
    if (!holder) data.email = identity.email;
  }
  if (Object.keys(data).length) await tx.user.update({ where: { id: userId }, data });
}

async function createFromSso(
  tx: Prisma.TransactionClient,
  identity: TSsoIdentity,
  organisationId: string,
  course: Pick<TCourse, "id">,
  now: Date,
): Promise<string> {
  const email = identity.email!;
  // An invitation waiting for this address decides the role and groups; it is used up by this sign-in.
  const invitation = await tx.invitation.findFirst({
    where: { email, organisationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
  });
  if (invitation) await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: now } });
  const wanted = invitation ? (invitation.groupIds as unknown[]).filter((g): g is string => typeof g === "string") : [];
  const groupIds = wanted.length
    ? (await tx.group.findMany({ where: { organisationId, id: { in: wanted } }, select: { id: true } })).map(
        (g) => g.id,
      )
    : [];
  const name = identity.name ?? invitation?.name ?? email.slice(0, email.indexOf("@"));
  const user = await tx.user.create({
    data: {
      email,
      name,
      searchName: name.toLowerCase(),
      role: invitation?.role ?? "LEARNER",
      organisationId,
      memberships: { create: groupIds.map((groupId) => ({ groupId })) },
      externalIdentities: { create: { provider: identity.provider, subject: identity.subject, lastUsedAt: now } },
    },
    select: { id: true },
  });
  await enrol(tx, [{ userId: user.id, organisationId, courseId: course.id }]);
  return user.id;
}
