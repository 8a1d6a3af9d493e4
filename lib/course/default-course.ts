/**
 * The course a request means when it names none: the only one this server teaches today. Pages, actions,
 * route handlers, scripts and the seed pick it (getDefaultCourse); everything in lib/ is handed its course.
 * Must be the id in content/course.yaml: `npm run content:check` fails if it is not.
 */
export const DEFAULT_COURSE_ID = "online-safety-safeguarding";
