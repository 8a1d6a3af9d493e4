import { describe, expect, it } from "vitest";
import { existingAccountEmail, invitationEmail, passwordResetEmail, signInPausedEmail, welcomeEmail } from "./messages";
import { emailWriter } from "./writer";

const en = await emailWriter("en-GB");

describe("account emails", () => {
  it("an invitation names who invited the person, to what, and how long the link lasts", () => {
    const email = invitationEmail(en, {
      name: "  sam   jones ",
      inviterName: "Priya Shah",
      organisationName: "Oak Primary",
      courseTitle: "Online safety",
      link: "https://training.example/invite/abc",
      days: 7,
    });
    expect(email.subject).toBe("You are invited to safeguarding training with Oak Primary");
    expect(email.text).toContain("Hello sam jones,");
    expect(email.text).toContain(
      'Priya Shah has invited you to take the safeguarding course "Online safety" with Oak Primary.',
    );
    expect(email.text).toContain("(the link works once, for 7 days):\nhttps://training.example/invite/abc");
  });

  it("a welcome email from an import gives the due date as people write it, not as 2027-03-31", () => {
    const base = {
      name: "Sam",
      organisationName: "Oak Primary",
      courseTitle: "Online safety",
      link: "https://training.example/reset-password/t",
      days: 14,
    };
    const email = welcomeEmail(en, { ...base, dueDay: "2027-03-31" });
    expect(email.text).toContain("Please complete it by 31 March 2027.");
    expect(email.text).not.toContain("2027-03-31");
    expect(welcomeEmail(en, { ...base, dueDay: null }).text).not.toContain("Please complete it by");
  });

  it("a password reset and a paused sign-in carry their link and limits", () => {
    const reset = passwordResetEmail(en, { name: "Sam", link: "https://t.example/reset-password/x", minutes: 60 });
    expect(reset.text).toContain("within 60 minutes");
    expect(reset.text).toContain("https://t.example/reset-password/x");
    const paused = signInPausedEmail(en, {
      name: "Sam",
      failures: 10,
      minutes: 15,
      forgotPasswordLink: "https://t.example/forgot-password",
    });
    expect(paused.text).toContain("the wrong password 10 times, so signing in is paused for 15 minutes.");
    expect(paused.text).toContain("https://t.example/forgot-password");
  });

  it("the existing-account notice carries no link token, only the sign-in pages", () => {
    const email = existingAccountEmail(en, { name: "Sam", baseUrl: "https://t.example" });
    expect(email.text).toContain("Sign in here: https://t.example/login");
    expect(email.text).toContain("https://t.example/forgot-password");
    expect(email.text).not.toMatch(/reset-password|invite\//);
  });
});

describe("account emails in Welsh", async () => {
  const cy = await emailWriter("cy");

  it("an invitation is Welsh throughout, with the link and how long it lasts counted as Welsh counts", () => {
    const p = {
      name: "siân   ŵyn",
      inviterName: "Priya Shah",
      organisationName: "Ysgol Gŵyr",
      courseTitle: "Online safety",
      link: "https://training.example/invite/abc",
      days: 7,
    };
    const email = invitationEmail(cy, p);
    expect(email.subject).toBe("Gwahoddiad i hyfforddiant diogelu: Ysgol Gŵyr");
    expect(email.text).toMatch(/^Annwyl siân ŵyn,\n/);
    expect(email.text).toContain('Mae Priya Shah wedi eich gwahodd i ddilyn cwrs diogelu Ysgol Gŵyr, "Online safety".');
    expect(email.text).toContain(
      "(mae'r ddolen yn gweithio unwaith, am 7 diwrnod):\nhttps://training.example/invite/abc",
    );
    expect(email.text).not.toMatch(/invited|Hello|days/);
    expect(invitationEmail(cy, { ...p, days: 1 }).text).toContain("am un diwrnod)");
    expect(invitationEmail(cy, { ...p, days: 2 }).text).toContain("am ddau ddiwrnod)");
    expect(invitationEmail(cy, { ...p, days: 3 }).text).toContain("am 3 diwrnod)");
  });

  it("a welcome gives the due date with its Welsh month name", () => {
    const email = welcomeEmail(cy, {
      name: "Sam",
      organisationName: "Ysgol Gŵyr",
      courseTitle: "Online safety",
      dueDay: "2027-03-31",
      link: "https://training.example/reset-password/t",
      days: 14,
    });
    expect(email.text).toContain("Cwblhewch y cwrs erbyn 31 Mawrth 2027.");
    expect(email.text).toContain("am 14 diwrnod");
  });

  it("a paused sign-in counts the tries and minutes in Welsh", () => {
    const paused = (failures: number, minutes: number) =>
      signInPausedEmail(cy, { name: "Sam", failures, minutes, forgotPasswordLink: "https://t.example/forgot-password" })
        .text;
    expect(paused(10, 15)).toContain(
      "gyda'r cyfrinair anghywir 10 gwaith, felly mae mewngofnodi wedi'i oedi am 15 munud.",
    );
    expect(paused(1, 1)).toContain("anghywir unwaith, felly mae mewngofnodi wedi'i oedi am funud.");
    expect(paused(2, 2)).toContain("anghywir ddwywaith, felly mae mewngofnodi wedi'i oedi am ddwy funud.");
    expect(
      passwordResetEmail(cy, { name: "Sam", link: "https://t.example/reset-password/x", minutes: 60 }).text,
    ).toContain("o fewn 60 munud i ddewis cyfrinair newydd");
  });

  it("the existing-account notice is Welsh and still carries only the sign-in pages", () => {
    const email = existingAccountEmail(cy, { name: "Sam", baseUrl: "https://t.example" });
    expect(email.subject).toBe("Mae gennych gyfrif ar gyfer hyfforddiant diogelu yn barod");
    expect(email.text).toContain("Mewngofnodwch yma: https://t.example/login");
    expect(email.text).toContain("Dewiswch un newydd yma: https://t.example/forgot-password");
  });
});
