import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testDatabase } from "../testing/test-database";

// The administrator's form action, end to end against a real database; only the session is stubbed.
const database = testDatabase("privacy-erase-action");

type TActor = import("../auth/current-user").TActor;
// personal: the language the signed-in person chose (null: their organisation's, English here).
const session = vi.hoisted(() => ({ user: null as TActor | null, personal: null as string | null }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => session.user,
  // A full session (password and, where needed, the second factor given) for whoever is signed in.
  getSignInState: async () =>
    session.user
      ? {
          actor: session.user,
          stage: "full",
          hasAuthenticator: true,
          language: { personal: session.personal, organisation: "en-GB" },
        }
      : null,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// The request's language (read from the session or the cookies in a real request): English here.
vi.mock("@/lib/i18n/current-locale", () => ({ currentLocale: async () => "en-GB" }));
// The action's answer is worded with next-intl's server translator, which needs Next's request; English here.
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const messages = await (await import("../i18n/messages")).loadMessages("en-GB");
  return {
    getTranslations: async (namespace: string) =>
      createTranslator({ locale: "en-GB", messages, namespace: namespace as never }),
  };
});

let db: typeof import("../db/client").db;
let eraseAction: typeof import("../../app/(admin)/admin/people/[userId]/erase-action").eraseAction;
let admin: TActor;
let learner: TActor;
let other: TActor;

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const initial = { ok: false, message: null };

beforeAll(async () => {
  await database.migrate();
  db = (await import("../db/client")).db;
  eraseAction = (await import("../../app/(admin)/admin/people/[userId]/erase-action")).eraseAction;
  const org = await db.organisation.create({ data: { name: "Action School", slug: "action-school" } });
  const make = async (email: string, name: string, role: TActor["role"]): Promise<TActor> => {
    const user = await db.user.create({
      data: { email, name, role, organisationId: org.id, passwordHash: "$argon2id$fake" },
    });
    return { id: user.id, name, email, role, organisationId: org.id };
  };
  admin = await make("admin@action.example", "Ava Admin", "ADMIN");
  learner = await make("luke@action.example", "Luke Learner", "LEARNER");
  other = await make("olwen@action.example", "Olwen Learner", "LEARNER");
});

afterAll(async () => {
  await db?.$disconnect();
  await database.drop();
});

describe("eraseAction", () => {
  it("asks a signed-out visitor to sign in, and refuses a learner", async () => {
    session.user = null;
    expect(
      await eraseAction(initial, form({ userId: learner.id, reason: "Requested in writing", confirm: "ERASE" })),
    ).toMatchObject({ ok: false, message: "Your session has ended. Sign in again to continue." });
    session.user = learner;
    expect(
      await eraseAction(initial, form({ userId: admin.id, reason: "Requested in writing", confirm: "ERASE" })),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/administrators/) });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).name).toBe("Ava Admin");
  });

  it("refuses without ERASE typed exactly, or without a reason of at least 5 characters", async () => {
    session.user = admin;
    for (const confirm of ["", "erase", "ERASE please", "Erase"]) {
      const state = await eraseAction(initial, form({ userId: learner.id, reason: "Requested in writing", confirm }));
      expect(state).toMatchObject({
        ok: false,
        message: "Nothing was erased: type ERASE to confirm.",
        fieldErrors: { confirm: [expect.stringMatching(/Type ERASE/)] },
      });
    }
    const short = await eraseAction(initial, form({ userId: learner.id, reason: "no", confirm: "ERASE" }));
    expect(short).toMatchObject({ ok: false, fieldErrors: { reason: [expect.stringMatching(/at least 5/)] } });
    const long = await eraseAction(initial, form({ userId: learner.id, reason: "x".repeat(501), confirm: "ERASE" }));
    expect(long).toMatchObject({ ok: false, fieldErrors: { reason: [expect.stringMatching(/under 500/)] } });
    expect(await db.user.findUniqueOrThrow({ where: { id: learner.id } })).toMatchObject({
      name: "Luke Learner",
      active: true,
    });
  });

  it("tells a Welsh administrator in Welsh what to type, and takes DILEU as the word", async () => {
    session.user = admin;
    session.personal = "cy";
    try {
      const state = await eraseAction(
        initial,
        form({ userId: other.id, reason: "Gofynnwyd yn ysgrifenedig", confirm: "" }),
      );
      expect(state).toEqual({
        ok: false,
        message: "Ni ddilëwyd dim: teipiwch DILEU i gadarnhau.",
        fieldErrors: { confirm: ["Teipiwch DILEU, mewn priflythrennau, i gadarnhau."] },
      });
      const short = await eraseAction(initial, form({ userId: other.id, reason: "na", confirm: "DILEU" }));
      expect(short).toMatchObject({
        message: "Gwiriwch y ffurflen a rhowch gynnig arall arni.",
        fieldErrors: { reason: ["Rhowch reswm o 5 nod o leiaf: caiff ei gadw yn y log archwilio."] },
      });
      const done = await eraseAction(
        initial,
        form({ userId: other.id, reason: "Gofynnwyd yn ysgrifenedig", confirm: "DILEU" }),
      );
      expect(done).toMatchObject({ ok: true });
      expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).name).toBe("Erased person");
    } finally {
      session.personal = null;
    }
  });

  it("erases the person when the form is right, then says they are already erased", async () => {
    session.user = admin;
    const state = await eraseAction(
      initial,
      form({ userId: learner.id, reason: "Requested in writing", confirm: "ERASE" }),
    );
    expect(state).toMatchObject({ ok: true, message: expect.stringMatching(/has been erased/) });
    expect(await db.user.findUniqueOrThrow({ where: { id: learner.id } })).toMatchObject({
      name: "Erased person",
      passwordHash: null,
      active: false,
    });
    expect(
      await eraseAction(initial, form({ userId: learner.id, reason: "Requested in writing", confirm: "ERASE" })),
    ).toEqual({ ok: false, message: "This person has already been erased." });
    expect(
      await eraseAction(initial, form({ userId: admin.id, reason: "Requested in writing", confirm: "ERASE" })),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/your own account/) });
  });
});
