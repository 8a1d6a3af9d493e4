import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";

// A real database: whether a link still works is a property of the rows behind it.
const database = testDatabase("invitations");

type TActor = import("../auth/current-user").TActor;
let db: typeof import("../db/client").db;
let invitations: typeof import("./invitations");
let pending: typeof import("./pending-invitations");
let accounts: typeof import("./account-status");
const people = {} as Record<"admin" | "trainer" | "limited" | "outsiderTrainer" | "elsewhere" | "headteacher", TActor>;
let orgId: string;
let red: string;
let blue: string;
const BASE = "http://school.test";
const PASSWORD = "a long enough passphrase";

let course: import("../course").TCourse;

beforeAll(async () => {
  await database.migrate();
  course = (await import("../course")).getDefaultCourse();
  [{ db }, invitations, pending, accounts] = await Promise.all([
    import("../db/client"),
    import("./invitations"),
    import("./pending-invitations"),
    import("./account-status"),
  ]);
  const org = await db.organisation.create({
    data: { name: "Invite School", slug: "invite-school", groups: { create: [{ name: "Red" }, { name: "Blue" }] } },
    include: { groups: true },
  });
  orgId = org.id;
  red = org.groups.find((g) => g.name === "Red")!.id;
  blue = org.groups.find((g) => g.name === "Blue")!.id;
  const other = await db.organisation.create({ data: { name: "Other Trust", slug: "other-trust" } });
  const person = async (key: keyof typeof people, role: TActor["role"], organisationId: string) => {
    const user = await db.user.create({
      data: { email: `${key.toLowerCase()}@invite.example`, name: `${key} person`, role, organisationId },
    });
    people[key] = { id: user.id, name: user.name, email: user.email, role, organisationId };
  };
  await person("admin", "ADMIN", other.id);
  await person("trainer", "TRAINER", org.id);
  await person("limited", "TRAINER", org.id);
  await db.trainerGroup.create({ data: { trainerId: people.limited.id, groupId: red } });
  await person("outsiderTrainer", "TRAINER", other.id);
  await person("elsewhere", "LEARNER", other.id);
  await person("headteacher", "ADMIN", org.id);
});

afterAll(async () => {
  await db?.$disconnect();
  await database.drop();
});

const invite = (actor: TActor, email: string, groupIds: string[] = []) =>
  invitations.createInvitation(
    actor,
    course,
    { organisationId: orgId, email, name: "New Person", role: "LEARNER", groupIds },
    BASE,
  );
/** The link in the latest invitation email to an address. */
const latestToken = async (email: string) => {
  const message = await db.emailMessage.findFirstOrThrow({
    where: { toEmail: email, kind: "invitation" },
    orderBy: { createdAt: "desc" },
  });
  // The stored text has no link; the sealed copy has it while it is live, as the outbox shows it.
  const { readableText } = await import("../email/readable-text");
  return /\/invite\/([A-Za-z0-9_-]+)/.exec(readableText(message, process.env.NEXTAUTH_SECRET!).text)![1]!;
};

describe("inviting an address that already has an account", () => {
  it("gives a trainer the same answer as for a new address, creates no invitation, and tells the account holder instead", async () => {
    const fresh = await invite(people.trainer, "brand-new@invite.example");
    for (const email of [people.elsewhere.email, people.headteacher.email]) {
      const answer = await invite(people.trainer, email);
      expect(answer).toEqual({ ok: true, invitationId: null });
      expect(Object.keys(answer)).toEqual(Object.keys(fresh));
      expect(await db.invitation.count({ where: { email } })).toBe(0);
      const notice = await db.emailMessage.findFirstOrThrow({
        where: { toEmail: email, kind: "invitation-existing-account" },
      });
      expect(notice.text).toContain(`${BASE}/forgot-password`);
      expect(notice.text).not.toContain("/invite/");
    }
    // Asking again the same day sends the holder nothing more.
    await invite(people.trainer, people.elsewhere.email);
    expect(await db.emailMessage.count({ where: { toEmail: people.elsewhere.email } })).toBe(1);
  });

  it("tells an administrator precisely", async () => {
    expect(await invite(people.admin, people.elsewhere.email)).toEqual({
      ok: false,
      code: "INVITATION_ACCOUNT_EXISTS",
      params: { email: people.elsewhere.email },
    });
  });
});

describe("cancelling, resending and voiding invitations", () => {
  it("a cancelled invitation's link stops working, with a clear message; only those who manage it may cancel it", async () => {
    const { invitationId } = (await invite(people.trainer, "cancel-me@invite.example", [blue])) as {
      invitationId: string;
    };
    const token = await latestToken("cancel-me@invite.example");
    expect(await pending.cancelInvitation(people.outsiderTrainer, invitationId)).toMatchObject({ ok: false });
    expect(await pending.cancelInvitation(people.limited, invitationId)).toMatchObject({ ok: false });
    expect(await pending.cancelInvitation(people.trainer, invitationId)).toEqual({
      ok: true,
      email: "cancel-me@invite.example",
    });
    expect(await invitations.checkInvitation(token)).toEqual({ state: "revoked" });
    expect(await invitations.acceptInvitation(course, token, PASSWORD)).toEqual({
      ok: false,
      code: "INVITATION_REVOKED",
    });
    expect(await db.user.count({ where: { email: "cancel-me@invite.example" } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "invitation.cancel", targetId: invitationId } })).toBe(1);
    expect(await pending.resendInvitation(people.trainer, course, invitationId, BASE)).toEqual({
      ok: false,
      code: "INVITATION_CANCELLED_SEND_NEW",
    });
  });

  it("resending issues a new link and a new expiry: the old link stops working, the new one creates the account", async () => {
    const { invitationId } = (await invite(people.limited, "resend-me@invite.example", [red])) as {
      invitationId: string;
    };
    const oldToken = await latestToken("resend-me@invite.example");
    await db.invitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await invitations.checkInvitation(oldToken)).toEqual({ state: "expired" });
    expect(await pending.resendInvitation(people.outsiderTrainer, course, invitationId, BASE)).toMatchObject({
      ok: false,
    });
    expect(await pending.resendInvitation(people.limited, course, invitationId, BASE)).toEqual({
      ok: true,
      email: "resend-me@invite.example",
    });
    const newToken = await latestToken("resend-me@invite.example");
    expect(newToken).not.toBe(oldToken);
    expect(await invitations.checkInvitation(oldToken)).toEqual({ state: "unknown" });
    expect(
      (await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).expiresAt.getTime(),
    ).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
    expect(await db.auditEvent.count({ where: { action: "invitation.resend", targetId: invitationId } })).toBe(1);
    expect(await invitations.acceptInvitation(course, newToken, PASSWORD)).toEqual({
      ok: true,
      email: "resend-me@invite.example",
    });
  });

  it("deactivating a trainer voids the invitations they sent; an invitation whose inviter is inactive cannot be used", async () => {
    const sender = await db.user.create({
      data: { email: "leaving@invite.example", name: "Leaving Trainer", role: "TRAINER", organisationId: orgId },
    });
    const leaving: TActor = {
      id: sender.id,
      name: sender.name,
      email: sender.email,
      role: "TRAINER",
      organisationId: orgId,
    };
    const { invitationId } = (await invite(leaving, "from-leaver@invite.example")) as { invitationId: string };
    const token = await latestToken("from-leaver@invite.example");
    expect(await accounts.setUserActive(people.headteacher, leaving.id, false)).toEqual({ ok: true });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).toMatchObject({
      revokedAt: expect.any(Date),
      revokedReason: expect.stringContaining("deactivated"),
    });
    expect(await db.auditEvent.count({ where: { action: "invitation.void", targetId: leaving.id } })).toBe(1);
    expect(await invitations.acceptInvitation(course, token, PASSWORD)).toMatchObject({
      ok: false,
      code: "INVITATION_REVOKED",
    });

    // One sent before voiding existed, by someone deactivated then: refused all the same.
    const older = await db.user.create({
      data: { email: "gone@invite.example", name: "Gone", role: "TRAINER", organisationId: orgId },
    });
    const { invitationId: olderId } = (await invite(
      { id: older.id, name: older.name, email: older.email, role: "TRAINER", organisationId: orgId },
      "from-gone@invite.example",
    )) as { invitationId: string };
    const olderToken = await latestToken("from-gone@invite.example");
    await db.user.update({ where: { id: older.id }, data: { active: false } });
    expect(await invitations.checkInvitation(olderToken)).toEqual({ state: "revoked" });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: olderId } })).acceptedAt).toBeNull();
  });

  it("lists a trainer's organisation's open invitations with their status, and only those they manage", async () => {
    const listed = await pending.listOpenInvitations(people.trainer, orgId);
    const byEmail = new Map(listed.map((i) => [i.email, i]));
    expect(byEmail.get("cancel-me@invite.example")).toMatchObject({ status: "cancelled", invitedBy: "trainer person" });
    expect(byEmail.get("brand-new@invite.example")).toMatchObject({ status: "pending", role: "LEARNER" });
    expect(byEmail.has("resend-me@invite.example")).toBe(false); // accepted
    // The trainer limited to Red sees only invitations to Red, or their own.
    const limitedList = await pending.listOpenInvitations(people.limited, orgId);
    expect(limitedList.map((i) => i.email)).not.toContain("cancel-me@invite.example");
    await expect(pending.listOpenInvitations(people.outsiderTrainer, orgId)).rejects.toThrow();
  });
});
