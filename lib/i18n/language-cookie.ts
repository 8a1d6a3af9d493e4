/**
 * The language someone chose on a signed-out page (sign-in, verify a certificate), kept for a year. It holds only a
 * language tag, so it needs no consent under PECR (it is strictly necessary to show the page they asked for).
 */
export const LANGUAGE_COOKIE = "language";
export const LANGUAGE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;
