import { describe, expect, it } from "vitest";
import { certificateStatus } from "./status";

const base = { expiresAt: new Date("2027-09-01T00:00:00Z"), graceDays: 0, revokedAt: null, superseded: false };
const at = (iso: string) => new Date(iso);

describe("certificateStatus", () => {
  it("is valid well before expiry", () => {
    expect(certificateStatus(base, at("2027-03-01T00:00:00Z")).status).toBe("valid");
  });

  it("is expiring soon from 30 days before expiry", () => {
    expect(certificateStatus(base, at("2027-08-01T00:00:00Z")).status).toBe("valid");
    expect(certificateStatus(base, at("2027-08-03T00:00:00Z")).status).toBe("expiring-soon");
  });

  it("is expired from the expiry date when there is no grace period", () => {
    expect(certificateStatus(base, at("2027-09-01T00:00:00Z")).status).toBe("expired");
  });

  it("stays valid (expiring soon, in grace) through a grace period, then expires", () => {
    const withGrace = { ...base, graceDays: 14 };
    expect(certificateStatus(withGrace, at("2027-09-10T00:00:00Z"))).toMatchObject({
      status: "expiring-soon",
      inGracePeriod: true,
    });
    expect(certificateStatus(withGrace, at("2027-09-15T00:00:00Z")).status).toBe("expired");
  });

  it("reports superseded and revoked above anything else, revoked first", () => {
    expect(certificateStatus({ ...base, superseded: true }, at("2027-03-01T00:00:00Z")).status).toBe("superseded");
    expect(
      certificateStatus(
        { ...base, superseded: true, revokedAt: at("2027-02-01T00:00:00Z") },
        at("2027-03-01T00:00:00Z"),
      ).status,
    ).toBe("revoked");
    expect(
      certificateStatus({ ...base, revokedAt: at("2027-02-01T00:00:00Z") }, at("2028-03-01T00:00:00Z")).status,
    ).toBe("revoked");
  });
});
