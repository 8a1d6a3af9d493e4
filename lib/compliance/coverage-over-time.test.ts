import { describe, expect, it } from "vitest";
import { certificateSpan, coverageMoments, coverageOverTime } from "./coverage-over-time";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-12-03T12:00:00Z");
const at = (days: number) => new Date(now.getTime() + days * DAY);

describe("certificateSpan", () => {
  it("runs from issue to expiry plus grace, or to the revocation when sooner", () => {
    const c = { userId: "u", issuedAt: at(-10), expiresAt: at(100), graceDays: 5, revokedAt: null };
    expect(certificateSpan(c)).toEqual({ userId: "u", from: at(-10), to: at(105) });
    expect(certificateSpan({ ...c, revokedAt: at(3) }).to).toEqual(at(3));
    expect(certificateSpan({ ...c, revokedAt: at(200) }).to).toEqual(at(105));
  });
});

describe("coverageMoments", () => {
  it("goes fortnightly from six months back through now", () => {
    const moments = coverageMoments(now, null);
    expect(moments).toHaveLength(14);
    expect(moments[0]).toEqual(at(-182));
    expect(moments.at(-1)).toEqual(now);
    expect(moments[1]!.getTime() - moments[0]!.getTime()).toBe(14 * DAY);
  });

  it("runs on to the latest due date, but not past two years", () => {
    expect(coverageMoments(now, at(30)).at(-1)).toEqual(at(42));
    expect(coverageMoments(now, at(28)).at(-1)).toEqual(at(28));
    expect(coverageMoments(now, at(-40)).at(-1)).toEqual(now);
    expect(coverageMoments(now, at(5000)).at(-1)).toEqual(at(52 * 14));
  });
});

describe("coverageOverTime", () => {
  const people = [
    { userId: "a", dueAt: at(-20) },
    { userId: "b", dueAt: at(10) },
    { userId: "c", dueAt: null },
    { userId: "d", dueAt: at(-100) },
  ];
  const spans = [
    certificateSpan({ userId: "a", issuedAt: at(-50), expiresAt: at(20), graceDays: 0, revokedAt: null }),
    // Renewed before the first ran out: covered once, not twice.
    certificateSpan({ userId: "a", issuedAt: at(15), expiresAt: at(380), graceDays: 0, revokedAt: null }),
    // Revoked five days ago: covered until then only.
    certificateSpan({ userId: "b", issuedAt: at(-60), expiresAt: at(300), graceDays: 0, revokedAt: at(-5) }),
    // Someone the viewer may not see: not counted.
    certificateSpan({ userId: "x", issuedAt: at(-60), expiresAt: at(300), graceDays: 0, revokedAt: null }),
  ];

  it("counts, at each moment, the people holding a valid certificate and those due by then", () => {
    const points = coverageOverTime(people, spans, [at(-70), at(-55), at(-30), at(-5), now, at(20), at(400)]);
    expect(points.map((p) => [p.covered, p.due, p.total])).toEqual([
      [0, 1, 4],
      [1, 1, 4],
      [2, 1, 4],
      [1, 2, 4],
      [1, 2, 4],
      [1, 3, 4],
      [0, 3, 4],
    ]);
    expect(points[2]).toMatchObject({ coveredPercent: 50, duePercent: 25 });
  });

  it("gives 0% rather than dividing by nobody", () => {
    expect(coverageOverTime([], spans, [now])).toEqual([
      { at: now, covered: 0, due: 0, total: 0, coveredPercent: 0, duePercent: 0 },
    ]);
  });
});
