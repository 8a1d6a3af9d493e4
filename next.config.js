// @ts-check
import { execFileSync } from "node:child_process";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";

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
    // Uploads (CSV imports) are capped at 2 MB by the app; the transport limit sits just above.
    experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "3mb" } },
  };
  return nextConfig;
}
