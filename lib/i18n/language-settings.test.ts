import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";
import type { TActor } from "../auth/current-user";

// A real database: the choice is a column each request's session read picks up (lib/auth/current-user.ts).
const database = testDatabase("language-settings");

let db: typeof import("../db/client").db;
let settings: typeof import("./language-settings");
let figures: typeof import("../compliance/dashboard-figures");
let orgId: string;
let admin: TActor;
let trainer: TActor;
let learner: TActor;
let colleague: TActor;

beforeAll(async () => {
  await database.migrate();
  [{ db }, settings, figures] = await Promise.all([
    import("../db/client"),
    import("./language-settings"),
    import("../compliance/dashboard-figures"),
  ]);
  const org = await db.organisation.create({ data: { name: "Ysgol Gynradd", slug: "ysgol" } });
  orgId = org.id;
  const person = async (email: string, role: TActor["role"]): Promise<TActor> => {
    const user = await db.user.create({ data: { email, name: email, role, organisationId: orgId } });
    return { id: user.id, name: user.name, email: user.email, role, organisationId: orgId };
  };
  admin = await person("admin@ysgol.example", "ADMIN");
  trainer = await person("trainer@ysgol.example", "TRAINER");
  learner = await person("learner@ysgol.example", "LEARNER");
  colleague = await person("colleague@ysgol.example", "LEARNER");
});

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

describe("interface language", () => {
  it("starts as the organisation's default, English unless it says otherwise", async () => {
    expect(await settings.getOwnLanguage(learner)).toEqual({ personal: null, organisation: "en-GB" });
  });

  it("is each person's own choice, and changes nobody else's", async () => {
    await settings.setOwnLanguage(learner, "cy");
    expect(await settings.getOwnLanguage(learner)).toEqual({ personal: "cy", organisation: "en-GB" });
    expect(await settings.getOwnLanguage(colleague)).toEqual({ personal: null, organisation: "en-GB" });
    await settings.setOwnLanguage(learner, null);
    expect((await settings.getOwnLanguage(learner)).personal).toBeNull();
  });

  it("does not move the dashboard's figures (a language is not a training record)", async () => {
    const before = await figures.readFiguresVersion(orgId);
    await settings.setOwnLanguage(colleague, "cy");
    expect(await figures.readFiguresVersion(orgId)).toBe(before);
  });

  it("an organisation's default is set by administrators only, and audited", async () => {
    expect(await settings.setOrganisationLanguage(trainer, orgId, "cy")).toMatchObject({
      ok: false,
      code: "ROLE_REQUIRED",
    });
    expect((await settings.getOwnLanguage(learner)).organisation).toBe("en-GB");
    expect(await settings.setOrganisationLanguage(admin, orgId, "cy")).toEqual({ ok: true });
    expect(await settings.getOwnLanguage(learner)).toEqual({ personal: null, organisation: "cy" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "organisation.language" } });
    expect(audit).toMatchObject({ actorId: admin.id, targetId: orgId });
    expect(await settings.setOrganisationLanguage(admin, "no-such-organisation", "cy")).toMatchObject({
      ok: false,
      code: "THIS_ORGANISATION_GONE",
    });
  });
});
