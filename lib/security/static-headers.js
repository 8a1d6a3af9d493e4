// @ts-check
// Plain JavaScript so that next.config.js and the app share one list.

/** Headers every response carries, static files included. */
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** HTTPS only, for two years, in production. */
export const HSTS = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" };
