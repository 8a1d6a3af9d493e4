import { describe, expect, it } from "vitest";
import { resendRefusal } from "./resend-rules";
import { LINK_LOST, LINK_NOT_STORED } from "./single-use-links";

const held = { status: "OUTBOX", toEmail: "ann@school.example", text: "Hello", linkLive: false };

describe("which outbox emails may be sent again", () => {
  it("allows held, failed, retrying and stuck messages with nothing lost", () => {
    for (const status of ["OUTBOX", "FAILED", "RETRY", "PENDING"])
      expect(resendRefusal({ ...held, status })).toBeNull();
    expect(resendRefusal({ ...held, text: `Start: ${LINK_NOT_STORED}`, linkLive: true })).toBeNull();
  });

  it("refuses sent and in-flight messages", () => {
    expect(resendRefusal({ ...held, status: "SENT" })).toBe("EMAIL_ALREADY_SENT");
    expect(resendRefusal({ ...held, status: "SENDING" })).toBe("EMAIL_BEING_SENT");
  });

  it("refuses a message whose single-use link has expired or been lost", () => {
    expect(resendRefusal({ ...held, text: `Start: ${LINK_NOT_STORED}` })).toBe("EMAIL_LINK_GONE");
    expect(resendRefusal({ ...held, status: "FAILED", text: `Start: ${LINK_LOST}` })).toBe("EMAIL_LINK_GONE");
  });

  it("never sends anything to or about an erased person again", () => {
    expect(resendRefusal({ ...held, toEmail: "erased-ck1@erased.invalid" })).toBe("EMAIL_RECIPIENT_ERASED");
    expect(resendRefusal({ ...held, text: "[erased]" })).toBe("EMAIL_RECIPIENT_ERASED");
  });
});
