// @ts-check
import { execFileSync } from "node:child_process";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants.js";
import createNextIntlPlugin from "next-intl/plugin";

import { MAX_ACTION_BODY_BYTES } from "./lib/security/body-limit.js";
import { HSTS, PUBLIC_FILE_HEADERS, PUBLIC_FILES_SOURCE, SECURITY_HEADERS } from "./lib/security/static-headers.js";

/** @param {string} phase */
export default function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD) {
    // Invalid course content fails the build, not a learner.
    execFileSync(process.execPath, ["--import", "tsx", "scripts/check-content.ts"], { stdio: "inherit" });
  }
  /** @type {import("next").NextConfig} */
  const nextConfig = {
    reactStrictMode: true,
    poweredByHeader: false,
    // Every page's <title> (and its language's site name) in the <head> of the first response, never streamed in
    // after the body: a screen reader announces the title on arrival, and a page is never without one while the rest
    // streams (axe's document-title failed on a page after a form's redirect). Our metadata costs no query: the
    // wait is nothing.
    htmlLimitedBots: /.*/,
    experimental: { authInterrupts: true, serverActions: { bodySizeLimit: MAX_ACTION_BODY_BYTES } },
    async headers() {
      return [
        { source: "/:path*", headers: [...SECURITY_HEADERS, ...(phase === PHASE_DEVELOPMENT_SERVER ? [] : [HSTS])] },
        // Pages get a per-request nonce policy from proxy.ts; files it does not see get a closed one.
        {
          source: "/_next/static/:path*",
          headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
        },
        // Icons, manifest and robots.txt (public/): a closed policy too, and a day in the cache.
        { source: PUBLIC_FILES_SOURCE, headers: PUBLIC_FILE_HEADERS },
      ];
    },
  };
  // The interface's languages (lib/i18n): which one a request is in, and its messages.
  return createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
}
