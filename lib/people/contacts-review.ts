import { formatDate } from "../format/dates";

/** Contacts not confirmed for longer than this are said to need reviewing (a yearly check, as KCSIE expects). */
export const REVIEW_EVERY_MONTHS = 12;

export type TContactsReview = { reviewedAt: Date | null; reviewedBy: string | null };
export type TContactsReviewState = "never" | "overdue" | "current";

/** Whether an organisation's safeguarding contacts were ever confirmed, and if so within the last 12 months. */
export function contactsReviewState(reviewedAt: Date | null, now: Date): TContactsReviewState {
  if (!reviewedAt) return "never";
  const due = new Date(reviewedAt);
  due.setUTCMonth(due.getUTCMonth() + REVIEW_EVERY_MONTHS);
  return due < now ? "overdue" : "current";
}

/** For the evidence pack and its page: "Contacts last reviewed on 3 March 2026.", or plainly that they need it. */
export function describeContactsReview(reviewedAt: Date | null, now: Date): string {
  const state = contactsReviewState(reviewedAt, now);
  if (!reviewedAt || state === "never")
    return "The safeguarding contacts have never been reviewed: nobody has confirmed they are right.";
  const on = `Contacts last reviewed on ${formatDate(reviewedAt)}`;
  return state === "overdue"
    ? `${on}, more than ${REVIEW_EVERY_MONTHS} months ago: they are due for review.`
    : `${on}.`;
}

/** For the contacts page: "Last reviewed 3 March 2026 by Dana Lead.", and what to do when it is due. */
export function describeLastReviewed(review: TContactsReview, now: Date): string {
  const state = contactsReviewState(review.reviewedAt, now);
  if (!review.reviewedAt || state === "never")
    return "Not reviewed yet. Check each contact is right, then save (or mark them as reviewed).";
  const last = `Last reviewed ${formatDate(review.reviewedAt)}${review.reviewedBy ? ` by ${review.reviewedBy}` : ""}.`;
  return state === "overdue"
    ? `${last} That is more than ${REVIEW_EVERY_MONTHS} months ago: check each contact is still right.`
    : last;
}
