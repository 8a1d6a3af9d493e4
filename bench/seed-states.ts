// Where each synthetic learner stands, in the proportions a real organisation shows a trainer.
import { SCALE } from "./config";
import type { TRandom } from "../lib/testing/random";

export type TLearnerState =
  | "completed" // a current certificate, more than 30 days left
  | "expiring" // a certificate lapsing within 30 days
  | "expired-overdue" // certificate lapsed and the renewal is past due
  | "expired-due" // certificate lapsed, renewal due later
  | "in-progress"
  | "overdue-started"
  | "overdue-idle"
  | "not-started";

/** Share of the learners in each state; the first four hold the 30,000 completions. */
const SHARES: Record<TLearnerState, number> = {
  completed: 24_000,
  expiring: 3_000,
  "expired-overdue": 1_500,
  "expired-due": 1_500,
  "in-progress": 9_000,
  "overdue-started": 2_400,
  "overdue-idle": 1_600,
  "not-started": 7_000,
};

export const COMPLETED_STATES: readonly TLearnerState[] = ["completed", "expiring", "expired-overdue", "expired-due"];

/** Exactly the planned count of each state, shuffled so every organisation gets a similar mix. */
export function assignStates(random: TRandom): TLearnerState[] {
  const total = Object.values(SHARES).reduce((a, b) => a + b, 0);
  if (total !== SCALE.learners) throw new Error(`state shares add up to ${total}, not ${SCALE.learners}`);
  const states = (Object.entries(SHARES) as [TLearnerState, number][]).flatMap(([state, n]) =>
    Array.from({ length: n }, () => state),
  );
  return random.shuffle(states);
}
