import type { TRole } from "./roles";

/**
 * Where a person lands after signing in when they were not on their way somewhere: learners on their course,
 * trainers and administrators on the dashboard of who has completed and who is overdue, which is their daily job.
 * (Administrators reach the administration pages from there.)
 */
export function landingPath(role: TRole): string {
  return role === "LEARNER" ? "/course" : "/trainer";
}
