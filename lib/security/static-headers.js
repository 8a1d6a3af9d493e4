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

/**
 * The files in public/, by name. They skip proxy.ts (its matcher names the same files; proxy-matcher.test.ts checks
 * that the lists and the folder agree), so they are served to anyone, and take their headers from here.
 */
export const PUBLIC_FILES = [
  "favicon.ico",
  "favicon.svg",
  "icon-192.png",
  "icon-512.png",
  "icon-maskable-512.png",
  "apple-touch-icon.png",
  "manifest.webmanifest",
  "manifest-cy.webmanifest",
  "robots.txt",
];

/**
 * Headers for the files in public/, besides SECURITY_HEADERS. They are not pages: a closed policy (an SVG opened on
 * its own runs no script and loads nothing). Their names carry no hash, so they are kept for a day rather than for
 * ever: a changed icon or manifest reaches browsers by the next day, and a day's caching spares every page load
 * a request for each.
 */
export const PUBLIC_FILE_HEADERS = [
  { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; sandbox" },
  { key: "Cache-Control", value: "public, max-age=86400" },
];

/** The files of PUBLIC_FILES as one path pattern for next.config.js headers(). */
export const PUBLIC_FILES_SOURCE = `/:file(${PUBLIC_FILES.map((f) => f.replace(/[.]/g, "\\.")).join("|")})`;
