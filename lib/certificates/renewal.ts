import type { TRenewalPolicy } from "../course/schema";
import { formatDayOfYear } from "../format/dates";

const DAY_MS = 24 * 60 * 60 * 1000;

/** From this many days before expiry the course shows as due for renewal and can be retaken. */
export const RENEWAL_WINDOW_DAYS = 30;

function addMonthsUtc(date: Date, months: number): Date {
  const result = new Date(date);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  // 31 January + 1 month is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/**
 * When a completion on `completedAt` expires under `policy`. A fixed yearly date is the first one
 * more than the renewal window after completion, so renewing early is not due again within weeks.
 */
export function computeExpiry(policy: TRenewalPolicy, completedAt: Date): Date {
  if (policy.kind === "rolling") return addMonthsUtc(completedAt, policy.months);
  const earliest = completedAt.getTime() + RENEWAL_WINDOW_DAYS * DAY_MS;
  for (let year = completedAt.getUTCFullYear(); ; year++) {
    const candidate = new Date(Date.UTC(year, policy.month - 1, policy.day));
    if (candidate.getTime() > earliest) return candidate;
  }
}

export function describeRenewalPolicy(policy: TRenewalPolicy): string {
  const grace = policy.graceDays ? `, with a ${policy.graceDays}-day grace period` : "";
  if (policy.kind === "rolling") return `Renew every ${policy.months} months from completion${grace}`;
  return `Renew by ${formatDayOfYear(policy.month, policy.day)} each year${grace}`;
}

const ROLLING_WORDS = /^Renew every (\d+) months from completion(?:, with a (\d+)-day grace period)?$/;
const FIXED_WORDS = /^Renew by (\d{1,2}) ([A-Z][a-z]+) each year(?:, with a (\d+)-day grace period)?$/;

/**
 * The policy a completion recorded, read back from the English words describeRenewalPolicy stored with it, so a page
 * can word it in its reader's language; null for words it did not write (an older wording), which are shown as stored.
 */
export function readRenewalPolicy(words: string): TRenewalPolicy | null {
  const rolling = ROLLING_WORDS.exec(words);
  const fixed = FIXED_WORDS.exec(words);
  const policy: TRenewalPolicy | null = rolling
    ? { kind: "rolling", months: Number(rolling[1]), graceDays: Number(rolling[2] ?? 0) }
    : fixed && MONTH_NAMES.includes(fixed[2]!)
      ? {
          kind: "fixed-date",
          month: MONTH_NAMES.indexOf(fixed[2]!) + 1,
          day: Number(fixed[1]),
          graceDays: Number(fixed[3] ?? 0),
        }
      : null;
  // Only what describeRenewalPolicy writes for that policy ("a 0-day grace period" is not one of its sentences).
  return policy && describeRenewalPolicy(policy) === words ? policy : null;
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function renewalWindowOpens(expiresAt: Date): Date {
  return new Date(expiresAt.getTime() - RENEWAL_WINDOW_DAYS * DAY_MS);
}

export type TCycle =
  /** The latest completion is current and not yet due for renewal: nothing new to complete. */
  | { state: "completed"; start: Date; key: string }
  /** Passes on or after `start` count towards a completion identified by `key`. */
  | { state: "open"; start: Date; key: string; renewal: boolean };

/**
 * The learner's current cycle. Before any completion, every pass counts. After one, a new cycle
 * opens with the renewal window: only passes from then on count towards the renewed completion.
 */
export function currentCycle(
  latest: { completedAt: Date; expiresAt: Date; cycleKey: string } | null,
  now: Date,
): TCycle {
  if (!latest) return { state: "open", start: new Date(0), key: "initial", renewal: false };
  const opens = renewalWindowOpens(latest.expiresAt);
  if (now < opens) return { state: "completed", start: cycleStartOf(latest.cycleKey), key: latest.cycleKey };
  return { state: "open", start: opens, key: opens.toISOString(), renewal: true };
}

export function cycleStartOf(cycleKey: string): Date {
  return cycleKey === "initial" ? new Date(0) : new Date(cycleKey);
}
