import { describe, expect, it } from "vitest";
import { emailKindLabel, emailStatusLabel } from "./kinds";

describe("emailKindLabel", () => {
  it("names the kinds a trainer sees on a record in words", () => {
    expect(emailKindLabel("reminder-trainer")).toBe("Reminder from a trainer");
    expect(emailKindLabel("reminder-due-7")).toBe("Automatic reminder: 7 days before the due date");
    expect(emailKindLabel("welcome")).toBe("Welcome: choose a password");
  });

  it("words an unknown kind rather than showing its code", () => {
    expect(emailKindLabel("something-new")).toBe("Something new");
    expect(emailKindLabel("reminder-someday", "cy")).toBe("Reminder someday");
  });

  it("names them in Welsh for a reader of Welsh", () => {
    expect(emailKindLabel("reminder-trainer", "cy")).toBe("Nodyn atgoffa gan hyfforddwr");
    expect(emailKindLabel("reminder-due-7", "cy")).toBe("Nodyn atgoffa awtomatig: 7 diwrnod cyn y dyddiad cau");
    expect(emailKindLabel("password-reset", "cy")).toBe("Dolen ailosod cyfrinair");
  });
});

describe("emailStatusLabel", () => {
  it("says where a message stands, in English or in Welsh", () => {
    expect(emailStatusLabel("OUTBOX")).toBe("held in the outbox (no mail server set up)");
    expect(emailStatusLabel("SENT", "en-GB")).toBe("sent");
    expect(emailStatusLabel("OUTBOX", "cy")).toBe("yn cael ei ddal yn y blwch allan (dim gweinydd e-bost wedi'i osod)");
    expect(emailStatusLabel("FAILED", "cy")).toBe("nid oedd modd ei anfon");
    expect(emailStatusLabel("BOUNCED", "cy")).toBe("bounced");
  });
});
