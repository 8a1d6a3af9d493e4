import { describe, expect, it } from "vitest";
import { computeExpiry, currentCycle, describeRenewalPolicy, readRenewalPolicy, renewalWindowOpens } from "./renewal";

const d = (iso: string) => new Date(iso);

describe("computeExpiry: rolling policy", () => {
  it("expires the given number of months after completion", () => {
    expect(computeExpiry({ kind: "rolling", months: 12, graceDays: 0 }, d("2026-11-22T10:00:00Z"))).toEqual(
      d("2027-11-22T10:00:00Z"),
    );
    expect(computeExpiry({ kind: "rolling", months: 6, graceDays: 0 }, d("2026-11-22T10:00:00Z"))).toEqual(
      d("2027-05-22T10:00:00Z"),
    );
  });

  it("clamps to the end of a shorter month", () => {
    expect(computeExpiry({ kind: "rolling", months: 1, graceDays: 0 }, d("2027-01-31T09:00:00Z"))).toEqual(
      d("2027-02-28T09:00:00Z"),
    );
    expect(computeExpiry({ kind: "rolling", months: 12, graceDays: 0 }, d("2028-02-29T09:00:00Z"))).toEqual(
      d("2029-02-28T09:00:00Z"),
    );
  });
});

describe("computeExpiry: fixed yearly date", () => {
  const september = { kind: "fixed-date", month: 9, day: 1, graceDays: 14 } as const;

  it("expires on the next 1 September after completion", () => {
    expect(computeExpiry(september, d("2026-11-22T10:00:00Z"))).toEqual(d("2027-09-01T00:00:00Z"));
    expect(computeExpiry(september, d("2027-03-01T10:00:00Z"))).toEqual(d("2027-09-01T00:00:00Z"));
  });

  it("skips to the following year when completed inside the renewal window", () => {
    expect(computeExpiry(september, d("2027-08-20T10:00:00Z"))).toEqual(d("2028-09-01T00:00:00Z"));
  });

  it("describes both policies in words", () => {
    expect(describeRenewalPolicy(september)).toBe("Renew by 1 September each year, with a 14-day grace period");
    expect(describeRenewalPolicy({ kind: "rolling", months: 12, graceDays: 0 })).toBe(
      "Renew every 12 months from completion",
    );
  });
});

describe("currentCycle", () => {
  const latest = { completedAt: d("2026-01-10T00:00:00Z"), expiresAt: d("2027-01-10T00:00:00Z"), cycleKey: "initial" };

  it("counts every pass before the first completion", () => {
    expect(currentCycle(null, d("2026-01-01T00:00:00Z"))).toEqual({
      state: "open",
      start: new Date(0),
      key: "initial",
      renewal: false,
    });
  });

  it("is complete until 30 days before expiry", () => {
    expect(currentCycle(latest, d("2026-12-10T00:00:00Z")).state).toBe("completed");
  });

  it("opens a renewal cycle 30 days before expiry, keyed by the day it opened", () => {
    const cycle = currentCycle(latest, d("2026-12-12T00:00:00Z"));
    expect(cycle).toEqual({
      state: "open",
      start: renewalWindowOpens(latest.expiresAt),
      key: "2026-12-11T00:00:00.000Z",
      renewal: true,
    });
    // The same cycle after expiry: one renewed completion, however late.
    expect(currentCycle(latest, d("2027-06-01T00:00:00Z")).key).toBe(cycle.key);
  });
});

describe("readRenewalPolicy: the policy a completion recorded, read back from its stored words", () => {
  const policies = [
    { kind: "rolling", months: 12, graceDays: 0 },
    { kind: "rolling", months: 1, graceDays: 0 },
    { kind: "rolling", months: 24, graceDays: 30 },
    { kind: "fixed-date", month: 9, day: 1, graceDays: 14 },
    { kind: "fixed-date", month: 12, day: 28, graceDays: 0 },
  ] as const;

  it("reads back every policy from the words describeRenewalPolicy stores", () => {
    for (const policy of policies) expect(readRenewalPolicy(describeRenewalPolicy(policy))).toEqual(policy);
  });

  it("reads nothing from words it did not write, so they are shown as stored", () => {
    for (const words of [
      "rolling",
      "Renew every year",
      "Renew every 12 months from completion, with a 0-day grace period",
      "Renew by 1 Smarch each year",
      "Renew by 31 February each year",
      "Renew every 12 months from completion.",
    ])
      expect(readRenewalPolicy(words)).toBeNull();
  });
});
