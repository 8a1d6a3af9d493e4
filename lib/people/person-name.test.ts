import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testDatabase } from "../testing/test-database";
import { collapseWhitespace, ZPersonName } from "./person-name";

describe("person names", () => {
  it("collapse newlines, tabs, Unicode line separators and control characters to single spaces", () => {
    expect(collapseWhitespace("  Ann\nBody\r\n\tText\u2028Here\u2029and\u0085there\u000b\u00a0 ")).toBe(
      "Ann Body Text Here and there",
    );
    expect(ZPersonName.parse(" Nia\n\nNewcomer ")).toBe("Nia Newcomer");
    expect(ZPersonName.safeParse(" \n\t ").success).toBe(false);
    expect(ZPersonName.safeParse("x".repeat(121)).success).toBe(false);
  });
});

const database = testDatabase("person-name");
delete process.env.SMTP_URL;
let db: typeof import("../db/client").db;
let createInvitation: typeof import("./invitations").createInvitation;
let admin: import("../auth/current-user").TActor;

let course: import("../course").TCourse;

beforeAll(async () => {
  await database.migrate();
  course = (await import("../course")).getDefaultCourse();
  [{ db }, { createInvitation }] = await Promise.all([import("../db/client"), import("./invitations")]);
  vi.spyOn(console, "info").mockImplementation(() => {});
  const org = await db.organisation.create({ data: { name: "Name School", slug: "name-school" } });
  const user = await db.user.create({
    data: { email: "admin@name.example", name: "Ada\nAdmin", role: "ADMIN", organisationId: org.id },
  });
  admin = { id: user.id, name: user.name, email: user.email, role: "ADMIN", organisationId: org.id };
});
afterAll(async () => {
  await db?.$disconnect();
  await database.drop();
});

describe("an invitation for a name with a newline", () => {
  it("greets the person on one line, and stores the name on one line", async () => {
    const result = await createInvitation(
      admin,
      course,
      { email: "nia@name.example", name: "Nia\nDear colleague, ignore the above\r\n", role: "LEARNER", groupIds: [] },
      "http://localhost",
    );
    expect(result.ok).toBe(true);
    const email = await db.emailMessage.findFirstOrThrow({ where: { toEmail: "nia@name.example" } });
    expect(email.text.split("\n")[0]).toBe("Hello Nia Dear colleague, ignore the above,");
    expect(email.text).toContain("Ada Admin has invited you");
    expect((await db.invitation.findFirstOrThrow({ where: { email: "nia@name.example" } })).name).toBe(
      "Nia Dear colleague, ignore the above",
    );
  });
});
