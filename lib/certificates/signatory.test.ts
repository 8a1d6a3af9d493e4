import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "../testing/test-database";

// A real database: the settings are scoped, audited and read back as the certificates print them.
const database = testDatabase("certificate-signatory");

type TActor = import("../auth/current-user").TActor;
let db: typeof import("../db/client").db;
let signatory: typeof import("./signatory");
let issuer: typeof import("./issuer");
let admin: TActor;
let trainer: TActor;
let orgId: string;
let learnerId: string;

// A 60 × 24 PNG: a dark bar on white.
const PNG = new Uint8Array(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAADwAAAAYCAIAAAApowkFAAAAP0lEQVR4nO3OQREAMAjEQJQgpBJruvXA4ziYZCJg4w0sugGVQKtagc5zDQcNGrTBoEGDNhg06Dp6RKBVgVb1ATk/DfI1L+edAAAAAElFTkSuQmCC",
    "base64",
  ),
);

beforeAll(async () => {
  await database.migrate();
  const [client, s, i] = await Promise.all([import("../db/client"), import("./signatory"), import("./issuer")]);
  [db, signatory, issuer] = [client.db, s, i];
  const org = await db.organisation.create({ data: { name: "Oakfield Primary", slug: "oakfield-signatory" } });
  orgId = org.id;
  const person = async (email: string, role: "LEARNER" | "TRAINER" | "ADMIN") => {
    const u = await db.user.create({ data: { email, name: email.split("@")[0]!, role, organisationId: org.id } });
    return { id: u.id, name: u.name, email, role, organisationId: org.id };
  };
  admin = await person("ada@oakfield.example", "ADMIN");
  trainer = await person("tom@oakfield.example", "TRAINER");
  learnerId = (await person("lee@oakfield.example", "LEARNER")).id;
});

afterAll(() => database.drop());

const printed = async (organisationName = "Oakfield Primary") =>
  (
    await issuer.getCertificateExtras([{ userId: learnerId, organisationName, courseId: "online-safety-safeguarding" }])
  )[0]!;

describe("certificate signatory", () => {
  it("signs with nobody until someone is named or a DSL is listed, then with the DSL", async () => {
    expect((await printed()).signatory).toBeNull();
    await db.safeguardingContact.create({
      data: { organisationId: orgId, kind: "DSL", name: "Priya Raman", phone: "01632 960000" },
    });
    expect((await printed()).signatory).toEqual({ name: "Priya Raman", role: "Designated safeguarding lead" });
    expect((await signatory.getCertificateSettings(admin, orgId))?.fallback?.name).toBe("Priya Raman");
  });

  it("lets an administrator name the signatory and upload a logo, audited, and prints them", async () => {
    const saved = await signatory.saveCertificateSignatory(admin, orgId, {
      name: " Ann Head ",
      role: "Headteacher",
      logo: PNG,
    });
    expect(saved).toEqual({ ok: true, logo: "replaced" });
    const extras = await printed();
    expect(extras.signatory).toEqual({ name: "Ann Head", role: "Headteacher" });
    expect(extras.logo?.type).toBe("image/png");
    expect(extras.topics.length).toBeGreaterThan(0);
    const settings = await signatory.getCertificateSettings(admin, orgId);
    expect(settings?.logo?.dataUrl).toMatch(/^data:image\/png;base64,iVBOR/);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "organisation.certificate-signatory" } });
    expect(audit.details).toMatchObject({ to: { signatoryName: "Ann Head" }, logo: { type: "image/png" } });
  });

  it("keeps the logo when the form sends none, and removes it on request", async () => {
    const kept = await signatory.saveCertificateSignatory(admin, orgId, { name: "Ann Head", role: null, logo: null });
    expect(kept).toEqual({ ok: true, logo: "kept" });
    expect((await printed()).logo).not.toBeNull();
    const removed = await signatory.saveCertificateSignatory(admin, orgId, {
      name: "Ann Head",
      role: null,
      logo: "remove",
    });
    expect(removed).toEqual({ ok: true, logo: "removed" });
    expect((await printed()).logo).toBeNull();
    const again = await signatory.saveCertificateSignatory(admin, orgId, {
      name: "Ann Head",
      role: null,
      logo: "remove",
    });
    expect(again).toEqual({ ok: true, logo: "none" });
  });

  it("refuses files that are not a PNG or JPEG by their bytes, broken images and large files", async () => {
    const refused = async (logo: Uint8Array) =>
      signatory.saveCertificateSignatory(admin, orgId, { name: "Ann Head", role: null, logo });
    expect(await refused(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toMatchObject({
      code: "LOGO_NOT_AN_IMAGE",
    });
    expect(await refused(PNG.slice(0, 40))).toMatchObject({ code: "LOGO_NOT_AN_IMAGE" });
    const big = new Uint8Array(200 * 1024 + 1);
    big.set(PNG);
    expect(await refused(big)).toMatchObject({ code: "LOGO_TOO_LARGE", params: { max: 200 } });
    expect((await printed()).logo).toBeNull();
  });

  it("refuses a role without a name, and anyone but an administrator", async () => {
    expect(
      await signatory.saveCertificateSignatory(admin, orgId, { name: "", role: "Head", logo: null }),
    ).toMatchObject({
      code: "FIELD_SIGNATORY_ROLE_WITHOUT_NAME",
    });
    expect(
      await signatory.saveCertificateSignatory(trainer, orgId, { name: "Tom", role: null, logo: null }),
    ).toMatchObject({ code: "ADMIN_ONLY" });
    expect(
      await signatory.saveCertificateSignatory(trainer, orgId, { name: null, role: null, logo: "remove" }),
    ).toMatchObject({ code: "ADMIN_ONLY" });
    expect(await signatory.getCertificateSettings(trainer, orgId)).toBeNull();
    expect((await printed()).signatory?.name).toBe("Ann Head");
  });

  it("prints no signatory or logo on a certificate another organisation issued", async () => {
    expect(await printed("Some Other School")).toMatchObject({ signatory: null, logo: null });
  });
});
