const DAY_MS = 24 * 60 * 60 * 1000;
/** A point every fortnight. */
export const COVERAGE_STEP_DAYS = 14;
/** How far back the chart starts: 13 fortnights, six months. */
export const COVERAGE_PAST_STEPS = 13;
/** How far ahead it may run to reach the latest due date: two years, so a far-off date cannot make it endless. */
export const COVERAGE_MAX_FUTURE_STEPS = 52;

/** A certificate's valid time, [from, to): from its issue until it runs out (grace included) or is revoked. */
export type TCoverageSpan = { userId: string; from: Date; to: Date };

export type TCoveragePoint = {
  at: Date;
  /** People holding a valid certificate at that moment. */
  covered: number;
  /** People whose due date had passed by then: those who should hold one. */
  due: number;
  total: number;
  /** covered and due as whole percentages of total (0 when nobody is counted). */
  coveredPercent: number;
  duePercent: number;
};

/** A certificate's span: revoked certificates stop counting when revoked; expiry counts its grace days. */
export function certificateSpan(c: {
  userId: string;
  issuedAt: Date;
  expiresAt: Date;
  graceDays: number;
  revokedAt: Date | null;
}): TCoverageSpan {
  const runsOut = c.expiresAt.getTime() + c.graceDays * DAY_MS;
  return {
    userId: c.userId,
    from: c.issuedAt,
    to: new Date(c.revokedAt ? Math.min(runsOut, c.revokedAt.getTime()) : runsOut),
  };
}

/**
 * The moments the chart plots: fortnightly from six months ago, through now, and on until the latest due date is
 * reached (at most two years ahead); now itself is always one of them.
 */
export function coverageMoments(now: Date, latestDue: Date | null): Date[] {
  const step = COVERAGE_STEP_DAYS * DAY_MS;
  const ahead = latestDue ? Math.ceil((latestDue.getTime() - now.getTime()) / step) : 0;
  const future = Math.min(COVERAGE_MAX_FUTURE_STEPS, Math.max(0, ahead));
  return Array.from(
    { length: COVERAGE_PAST_STEPS + 1 + future },
    (_, i) => new Date(now.getTime() + (i - COVERAGE_PAST_STEPS) * step),
  );
}

function percent(part: number, total: number): number {
  return total ? Math.round((part / total) * 100) : 0;
}

/**
 * At each moment, how many of these people hold a valid certificate (any of their spans covers it) against how
 * many were due by then. Certificates still to run out count in the future too: the line falls where renewals are
 * needed. Spans of people not listed are ignored (they are not the viewer's to count).
 */
export function coverageOverTime(
  people: readonly { userId: string; dueAt: Date | null }[],
  spans: readonly TCoverageSpan[],
  moments: readonly Date[],
): TCoveragePoint[] {
  const spansOf = new Map<string, TCoverageSpan[]>();
  const dueOf = new Map<string, number | null>();
  for (const p of people) {
    spansOf.set(p.userId, []);
    dueOf.set(p.userId, p.dueAt?.getTime() ?? null);
  }
  for (const s of spans) spansOf.get(s.userId)?.push(s);
  const total = spansOf.size;
  return moments.map((at) => {
    const t = at.getTime();
    let covered = 0;
    for (const list of spansOf.values()) if (list.some((s) => s.from.getTime() <= t && t < s.to.getTime())) covered++;
    let due = 0;
    for (const d of dueOf.values()) if (d !== null && d < t) due++;
    return {
      at,
      covered,
      due,
      total,
      coveredPercent: percent(covered, total),
      duePercent: percent(due, total),
    };
  });
}
