import { describe, expect, it } from "vitest";
import { dueAtFor, startOfCalendarDay } from "../dates/calendar-day";
import { learnerStatus } from "../enrolments/status";
import { createRandom } from "../testing/random";
import { monthsAhead, overdueFrom } from "./months-ahead";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-12-03T09:00:00Z");

describe("overdueFrom agrees with learnerStatus", () => {
  it("for thousands of seeded learners: not overdue before it, overdue from it on, never without a due date", () => {
    const random = createRandom(20);
    // Dates on a few shared instants, so a due date and a certificate's end often coincide (the edge cases).
    const instants = Array.from({ length: 12 }, () => now.getTime() + random.int(-400, 400) * DAY);
    const pick = () =>
      random.chance(0.3) ? null : new Date(random.pick(instants) + random.pick([0, 0, -1, 1, random.int(-DAY, DAY)]));
    for (let n = 0; n < 5000; n++) {
      const facts = { dueAt: pick(), validUntil: pick(), lastActivityAt: random.chance(0.5) ? now : null };
      const from = overdueFrom(facts);
      const probes = [now.getTime() + random.int(-500, 500) * DAY, ...instants];
      if (!from) {
        for (const t of probes) expect(learnerStatus(facts, new Date(t))).not.toBe("overdue");
        continue;
      }
      expect(learnerStatus(facts, new Date(from.getTime() - 1))).not.toBe("overdue");
      expect(learnerStatus(facts, from)).toBe("overdue");
      for (const t of probes)
        expect(learnerStatus(facts, new Date(t)) === "overdue", `${JSON.stringify(facts)} at ${t}`).toBe(
          t >= from.getTime(),
        );
    }
  });
});

describe("monthsAhead", () => {
  it("counts, month by month, people not yet overdue who become so, and certificates still current that run out", () => {
    const random = createRandom(7);
    const people = Array.from({ length: 2000 }, () => ({
      dueAt: random.chance(0.2) ? null : new Date(now.getTime() + random.int(-100, 250) * DAY),
      validUntil: random.chance(0.4) ? null : new Date(now.getTime() + random.int(-100, 250) * DAY),
    }));
    const months = monthsAhead(people, now);
    expect(months.map((m) => m.month)).toEqual(["2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05"]);
    const end = startOfCalendarDay("2027-06-01");
    const becoming = people.filter((p) => {
      const from = overdueFrom(p);
      return from && learnerStatus({ ...p, lastActivityAt: null }, now) !== "overdue" && from < end;
    });
    expect(months.reduce((sum, m) => sum + m.becomingOverdue, 0)).toBe(becoming.length);
    // Each one counted in a month is not overdue now, and is overdue by the end of that month.
    for (const [i, m] of months.entries()) {
      const monthEnd = startOfCalendarDay(`${i === 5 ? "2027-06" : months[i + 1]!.month}-01`);
      const monthStart = i === 0 ? now : startOfCalendarDay(`${m.month}-01`);
      const overdueThen = (p: (typeof people)[number], t: Date) =>
        learnerStatus({ ...p, lastActivityAt: null }, t) === "overdue";
      const counted = people.filter((p) => !overdueThen(p, monthStart) && overdueThen(p, monthEnd));
      expect(m.becomingOverdue, m.month).toBe(counted.length);
      const runOut = people.filter((p) => p.validUntil && p.validUntil > monthStart && p.validUntil < monthEnd);
      expect(m.expiring, m.month).toBe(runOut.length);
    }
  });

  it("puts a due date at the end of a month in the next month, when the learner is first overdue (London time)", () => {
    const months = monthsAhead(
      [
        { dueAt: dueAtFor("2026-12-31"), validUntil: null },
        { dueAt: dueAtFor("2026-12-30"), validUntil: null },
        // Due in the past, but their certificate runs out in March: overdue then, and one certificate expiring.
        { dueAt: dueAtFor("2026-01-31"), validUntil: new Date("2027-03-10T12:00:00Z") },
        // Overdue already: not in the months ahead.
        { dueAt: dueAtFor("2026-12-01"), validUntil: null },
        // No due date: never overdue, but the certificate still runs out.
        { dueAt: null, validUntil: new Date("2027-05-31T23:30:00Z") },
      ],
      now,
    );
    expect(months.map((m) => [m.month, m.becomingOverdue, m.expiring])).toEqual([
      ["2026-12", 1, 0],
      ["2027-01", 1, 0],
      ["2027-02", 0, 0],
      ["2027-03", 1, 1],
      ["2027-04", 0, 0],
      // 31 May 23:30 UTC is 00:30 on 1 June in London: after the sixth month.
      ["2027-05", 0, 0],
    ]);
  });
});
