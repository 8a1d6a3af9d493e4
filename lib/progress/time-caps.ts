/**
 * How much recorded time a piece of the course can account for. Time spent feeds the figure on a learner's
 * record; it is measured by the browser (lessons) or from a form's signed start time (quizzes), and neither
 * may grow without limit: a tab left open, or a pile of quiz forms opened a day before they are sent.
 */

/** Recorded time may reach this multiple of an estimate (slow readers, re-reading, retakes), and no more. */
export const TIME_CAP_MULTIPLE = 4;
/** ...but never less than this, so a very short lesson or quiz still has room for someone slow or using a screen reader. */
export const MIN_TIME_CAP_SECONDS = 15 * 60;

/** The most reading time a lesson of this estimate can hold in total. */
export function lessonTimeCapSeconds(estimatedMinutes: number): number {
  return Math.max(MIN_TIME_CAP_SECONDS, TIME_CAP_MULTIPLE * estimatedMinutes * 60);
}

/** The most quiz time a module of this estimate (lessons and quiz) can count towards a completion, all attempts together. */
export function quizTimeCapSeconds(moduleEstimatedMinutes: number): number {
  return Math.max(MIN_TIME_CAP_SECONDS, TIME_CAP_MULTIPLE * moduleEstimatedMinutes * 60);
}
