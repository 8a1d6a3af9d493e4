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
