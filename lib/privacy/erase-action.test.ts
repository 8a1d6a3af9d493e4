import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The administrator's form action, end to end against a real database; only the session is stubbed.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-erase-action-test-"));
process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
process.env.NEXTAUTH_SECRET = "unit-test-secret-0123456789abcdef0123456789";

type TActor = import("../auth/current-user").TActor;
const session = vi.hoisted(() => ({ user: null as TActor | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let db: typeof import("../db/client").db;
let eraseAction: typeof import("../../app/(admin)/admin/people/[userId]/erase-action").eraseAction;
let admin: TActor;
let learner: TActor;

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const initial = { ok: false, message: null };

beforeAll(async () => {
  const migrate = spawnSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: { ...process.env, CHECKPOINT_DISABLE: "1" }, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(migrate.stderr);
  db = (await import("../db/client")).db;
  eraseAction = (await import("../../app/(admin)/admin/people/[userId]/erase-action")).eraseAction;
  const org = await db.organisation.create({ data: { name: "Action School", slug: "action-school" } });
  const make = async (email: string, name: string, role: TActor["role"]): Promise<TActor> => {
    const user = await db.user.create({ data: { email, name, role, organisationId: org.id, passwordHash: "$argon2id$fake" } });
    return { id: user.id, name, email, role, organisationId: org.id };
  };
  admin = await make("admin@action.example", "Ava Admin", "ADMIN");
  learner = await make("luke@action.example", "Luke Learner", "LEARNER");
});

afterAll(async () => {
  await db?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("eraseAction", () => {
  it("asks a signed-out visitor to sign in, and refuses a learner", async () => {
    session.user = null;
    expect(await eraseAction(initial, form({ userId: learner.id, reason: "Requested in writing", confirm: "ERASE" }))).toMatchObject({ ok: false, message: "Sign in again." });
    session.user = learner;
    expect(await eraseAction(initial, form({ userId: admin.id, reason: "Requested in writing", confirm: "ERASE" }))).toMatchObject({ ok: false, message: expect.stringMatching(/administrators/) });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).name).toBe("Ava Admin");
  });

  it("refuses without ERASE typed exactly, or without a reason of at least 5 characters", async () => {
    session.user = admin;
    for (const confirm of ["", "erase", "ERASE please", "Erase"]) {
      const state = await eraseAction(initial, form({ userId: learner.id, reason: "Requested in writing", confirm }));
      expect(state).toMatchObject({ ok: false, message: "Nothing was erased: type ERASE to confirm.", fieldErrors: { confirm: [expect.stringMatching(/Type ERASE/)] } });
    }
    const short = await eraseAction(initial, form({ userId: learner.id, reason: "no", confirm: "ERASE" }));
    expect(short).toMatchObject({ ok: false, fieldErrors: { reason: [expect.stringMatching(/at least 5/)] } });
    const long = await eraseAction(initial, form({ userId: learner.id, reason: "x".repeat(501), confirm: "ERASE" }));
    expect(long).toMatchObject({ ok: false, fieldErrors: { reason: [expect.stringMatching(/under 500/)] } });
    expect(await db.user.findUniqueOrThrow({ where: { id: learner.id } })).toMatchObject({ name: "Luke Learner", active: true });
  });

  it("erases the person when the form is right, then says they are already erased", async () => {
    session.user = admin;
    const state = await eraseAction(initial, form({ userId: learner.id, reason: "Requested in writing", confirm: "ERASE" }));
    expect(state).toMatchObject({ ok: true, message: expect.stringMatching(/has been erased/) });
    expect(await db.user.findUniqueOrThrow({ where: { id: learner.id } })).toMatchObject({ name: "Erased person", passwordHash: null, active: false });
    expect(await eraseAction(initial, form({ userId: learner.id, reason: "Requested in writing", confirm: "ERASE" }))).toEqual({ ok: false, message: "This person has already been erased." });
    expect(await eraseAction(initial, form({ userId: admin.id, reason: "Requested in writing", confirm: "ERASE" }))).toMatchObject({ ok: false, message: expect.stringMatching(/your own account/) });
  });
});
