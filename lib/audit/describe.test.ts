import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "./actions";
import { describeAuditEvent, type TAuditEventFacts, type TAuditLookups } from "./describe";
import { labelOf, readableDetails, readableValue } from "./readable-details";

const lookups: TAuditLookups = {
  people: new Map([
    ["sam", { name: "Sam Jones", erased: false }],
    ["priya", { name: "Priya Shah", erased: false }],
    ["gone", { name: "Erased person", erased: true }],
  ]),
  organisations: new Map([["oak", "Oakfield Primary"]]),
  groups: new Map([
    ["ks1", "Key Stage 1"],
    ["ks2", "Key Stage 2"],
  ]),
  certificates: new Map([
    ["SG-ABCD-1234", { name: "Priya Shah", erased: false }],
    ["SG-GONE-0000", { name: "Erased person", erased: true }],
  ]),
  invitations: new Map([["inv1", { name: "Nia Newcomer", email: "nia@school.example", erased: false }]]),
  emails: new Map([["mail1", { kind: "password-reset", toUserId: "priya", toEmail: "priya@school.example" }]]),
};

const event = (e: Partial<TAuditEventFacts> & { action: string }): TAuditEventFacts => ({
  actorId: "sam",
  organisationId: "oak",
  targetType: "user",
  targetId: "priya",
  details: {},
  ...e,
});
const say = (e: Partial<TAuditEventFacts> & { action: string }) => describeAuditEvent(event(e), lookups);

describe("an audit event in plain words", () => {
  it("names who did what to whom", () => {
    expect(
      say({ action: "user.role-change", details: { email: "p@x.example", from: "LEARNER", to: "TRAINER" } }),
    ).toEqual({
      summary: "Sam Jones changed Priya Shah's role from learner to trainer",
      details: [{ label: "Email at the time", value: "p@x.example" }],
    });
    expect(
      say({
        action: "certificate.revoke",
        targetType: "certificate",
        targetId: "SG-ABCD-1234",
        details: { reason: "Issued in error" },
      }).summary,
    ).toBe("Sam Jones revoked certificate SG-ABCD-1234 held by Priya Shah: Issued in error");
    expect(say({ action: "user.groups", details: { memberOf: ["ks1", "old"], trainerOf: ["ks2"] } }).details).toEqual([
      { label: "Member of", value: "Key Stage 1, a group since deleted" },
      { label: "Trains", value: "Key Stage 2" },
    ]);
    expect(
      say({
        action: "assignment.create",
        targetType: "group",
        targetId: "ks1",
        details: { dueDate: "2027-01-31", people: 14 },
      }).summary,
    ).toBe("Sam Jones assigned the course to the group Key Stage 1 (14 people), due 31 January 2027");
    expect(
      say({ action: "invitation.create", targetType: "invitation", targetId: "inv1", details: { role: "ADMIN" } })
        .summary,
    ).toBe("Sam Jones invited Nia Newcomer (nia@school.example) as an administrator");
    expect(
      say({ action: "email.resend", targetType: "email", targetId: "mail1", details: { kind: "password-reset" } })
        .summary,
    ).toMatch(/^Sam Jones sent the email “.+” to Priya Shah again from the outbox$/);
    expect(
      say({
        action: "organisation.quiz-retake-wait",
        targetType: "organisation",
        targetId: "oak",
        details: { from: 0, to: 90 },
      }).summary,
    ).toBe(
      "Sam Jones changed how long learners in Oakfield Primary wait before retaking a quiz, from 0 minutes to 1 hour 30 minutes",
    );
  });

  it("never names an erased person, wherever they appear", () => {
    const erasure = say({
      action: "user.erase",
      targetId: "gone",
      details: { reason: "Asked in writing", certificatesRevoked: 2 },
    });
    expect(erasure.summary).toBe("Sam Jones erased a person's personal details: Asked in writing");
    expect(erasure.details).toEqual([{ label: "Certificates revoked", value: "2" }]);
    const role = say({
      action: "user.role-change",
      targetId: "gone",
      details: { email: "erased-gone@erased.invalid", from: "LEARNER", to: "TRAINER" },
    });
    expect(role.summary).toBe("Sam Jones changed an erased person's role from learner to trainer");
    expect(role.details).toEqual([]);
    expect(say({ action: "user.deactivate", actorId: "gone" }).summary).toBe(
      "An erased person deactivated Priya Shah's account",
    );
    expect(
      say({
        action: "certificate.revoke",
        targetType: "certificate",
        targetId: "SG-GONE-0000",
        details: { reason: "x" },
      }).summary,
    ).toContain("held by an erased person");
    expect(
      say({
        action: "invitation.cancel",
        targetType: "invitation",
        targetId: "deleted",
        details: { email: "erased-x@erased.invalid" },
      }).summary,
    ).toBe("Sam Jones cancelled the invitation to an erased person");
  });

  it("says who is not on record, and the system, rather than showing an id", () => {
    expect(say({ action: "user.reactivate", actorId: null, targetId: "nobody" }).summary).toBe(
      "The system reactivated a person no longer on record's account",
    );
  });

  it("names an organisation's languages in their own words", () => {
    const d = say({
      action: "organisation.language",
      targetType: "organisation",
      targetId: "oak",
      details: { from: "en-GB", to: "cy" },
    });
    expect(d.summary).toBe("Sam Jones changed the language of Oakfield Primary from English to Cymraeg");
  });

  it("lists single sign-on changes one setting at a time", () => {
    const d = say({
      action: "organisation.single-sign-on",
      targetType: "organisation",
      targetId: "oak",
      details: {
        from: { entraTenantId: null, ssoRequired: false, ssoNeedsSecondFactor: false, ssoProviders: "" },
        to: { entraTenantId: null, ssoRequired: true, ssoNeedsSecondFactor: false, ssoProviders: "azure-ad,google" },
      },
    });
    expect(d.summary).toBe("Sam Jones changed the single sign-on settings of Oakfield Primary");
    expect(d.details).toEqual([
      { label: "Single sign-on required", value: "No → Yes" },
      { label: "Accounts accepted", value: "none → Microsoft, Google" },
    ]);
  });

  it("reads an unknown action code sensibly, with its details as text", () => {
    const d = say({
      action: "widget.frobnicate",
      details: { widgetCount: 3, moved: true, tags: ["a", "b"], nested: { x: 1 } },
    });
    expect(d.summary).toBe("Sam Jones did something the log records as “widget.frobnicate” concerning Priya Shah");
    expect(d.details).toEqual([
      { label: "Widget count", value: "3" },
      { label: "Moved", value: "Yes" },
      { label: "Tags", value: "a, b" },
      { label: "Nested", value: "X: 1" },
    ]);
  });

  it("words every catalogued action without JSON, ids or placeholders, even with no details at all", () => {
    for (const action of AUDIT_ACTIONS)
      for (const details of [{}, null, "junk", [1, 2]]) {
        const d = describeAuditEvent(event({ action, targetId: null, details }), lookups);
        const text = [d.summary, ...d.details.map((x) => `${x.label}: ${x.value}`)].join(" ");
        expect(text, action).not.toMatch(/[{}"]|undefined|NaN|\[object/);
        expect(d.summary, action).toMatch(/^[A-Z]/);
        expect(d.summary, action).not.toContain(action);
      }
  });
});

describe("details as text", () => {
  it("labels keys and words values", () => {
    expect(labelOf("certificatesRevoked")).toBe("Certificates revoked");
    expect(labelOf("due_date")).toBe("Due date");
    expect(readableValue(null)).toBe("none");
    expect(readableValue([])).toBe("none");
    expect(readableValue(false)).toBe("No");
    expect(readableValue(12345)).toBe("12,345");
    expect(readableDetails({ a: { b: [1, "two"] } })).toEqual([{ label: "A", value: "B: 1, two" }]);
  });
});

describe("an audit event in Welsh", () => {
  const cy = (e: Partial<TAuditEventFacts> & { action: string }) => describeAuditEvent(event(e), lookups, "cy");

  it("says who did what to whom in Welsh, with Welsh role names (mutated after 'o' and 'i') and dates", () => {
    expect(
      cy({ action: "user.role-change", details: { email: "p@x.example", from: "LEARNER", to: "TRAINER" } }),
    ).toEqual({
      summary: "Newidiodd Sam Jones rôl Priya Shah o ddysgwr i hyfforddwr",
      details: [{ label: "E-bost ar y pryd", value: "p@x.example" }],
    });
    expect(
      cy({ action: "enrolment.due-date-changed", details: { from: "2027-01-31", to: "2027-03-01", emailed: true } }),
    ).toEqual({
      summary: "Newidiodd Sam Jones ddyddiad cwblhau Priya Shah o 31 Ionawr 2027 i 1 Mawrth 2027",
      details: [{ label: "Wedi'i anfon atynt drwy e-bost", value: "Ie" }],
    });
  });

  it("counts with the Welsh plural forms", () => {
    const assigned = (people: number) =>
      cy({
        action: "assignment.create",
        targetType: "group",
        targetId: "ks1",
        details: { dueDate: "2027-01-31", people },
      }).summary;
    expect(assigned(2)).toBe("Neilltuodd Sam Jones y cwrs i'r grŵp Key Stage 1 (2 person), erbyn 31 Ionawr 2027");
    expect(assigned(1000)).toContain("(1,000 person)");
  });

  it("words the email kind, the retake wait and a filter's status in Welsh", () => {
    expect(
      cy({ action: "email.resend", targetType: "email", targetId: "mail1", details: { kind: "password-reset" } })
        .summary,
    ).toMatch(/“Dolen ailosod cyfrinair”/);
    expect(
      cy({
        action: "organisation.quiz-retake-wait",
        targetType: "organisation",
        targetId: "oak",
        details: { from: 0, to: 90 },
      }).summary,
    ).toMatch(/, o 0 munud i 1 awr,? 30 munud$/);
    const exported = cy({
      action: "export.csv",
      targetType: "learners",
      targetId: null,
      details: { status: "overdue" },
    });
    expect(exported.details).toContainEqual({ label: expect.any(String), value: "Yn hwyr" });
    expect(
      say({ action: "export.csv", targetType: "learners", targetId: null, details: { status: "overdue" } }).details,
    ).toContainEqual({ label: "Status", value: "Overdue" });
  });

  it("never names an erased person, in Welsh either", () => {
    expect(cy({ action: "user.deactivate", targetId: "gone" }).summary).toBe(
      "Dadactifadodd Sam Jones gyfrif person sydd wedi'i ddileu",
    );
  });
});
