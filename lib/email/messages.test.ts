import { describe, expect, it } from "vitest";
import { existingAccountEmail, invitationEmail, passwordResetEmail, signInPausedEmail, welcomeEmail } from "./messages";

describe("account emails", () => {
  it("an invitation names who invited the person, to what, and how long the link lasts", () => {
    const email = invitationEmail({
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
    const email = welcomeEmail({ ...base, dueDay: "2027-03-31" });
    expect(email.text).toContain("Please complete it by 31 March 2027.");
    expect(email.text).not.toContain("2027-03-31");
    expect(welcomeEmail({ ...base, dueDay: null }).text).not.toContain("Please complete it by");
  });

  it("a password reset and a paused sign-in carry their link and limits", () => {
    const reset = passwordResetEmail({ name: "Sam", link: "https://t.example/reset-password/x", minutes: 60 });
    expect(reset.text).toContain("within 60 minutes");
    expect(reset.text).toContain("https://t.example/reset-password/x");
    const paused = signInPausedEmail({
      name: "Sam",
      failures: 10,
      minutes: 15,
      forgotPasswordLink: "https://t.example/forgot-password",
    });
    expect(paused.text).toContain("the wrong password 10 times, so signing in is paused for 15 minutes.");
    expect(paused.text).toContain("https://t.example/forgot-password");
  });

  it("the existing-account notice carries no link token, only the sign-in pages", () => {
    const email = existingAccountEmail({ name: "Sam", baseUrl: "https://t.example" });
    expect(email.text).toContain("Sign in here: https://t.example/login");
    expect(email.text).toContain("https://t.example/forgot-password");
    expect(email.text).not.toMatch(/reset-password|invite\//);
  });
});
