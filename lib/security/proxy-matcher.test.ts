import fs from "node:fs";
import path from "node:path";
import { unstable_doesMiddlewareMatch, unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config.js";
import { config } from "@/proxy";
import { PUBLIC_FILES } from "./static-headers.js";

// Next's own matcher code, fed the proxy's config: what these tests say is what `next start` does.
const runsProxy = (url: string) => unstable_doesMiddlewareMatch({ config, url });
const publicFolder = fs.readdirSync(path.join(import.meta.dirname, "..", "..", "public"));

describe("proxy.ts matcher", () => {
  it("names every file in public/, and only those", () => {
    expect([...PUBLIC_FILES].sort()).toEqual([...publicFolder].sort());
  });

  it.each(PUBLIC_FILES)("lets /%s through without the proxy (no sign-in, no redirect)", (file) => {
    expect(runsProxy(`/${file}`)).toBe(false);
    expect(runsProxy(`/${file}?v=2`)).toBe(false);
  });

  it.each([
    "/",
    "/login",
    "/course",
    "/course/module-1/lessons/lesson-1",
    "/trainer",
    "/api/health",
    "/verify/SG-0000-0000-0000-0000",
    // A route, not a file: the operator's contact and a live Expires (app/.well-known/security.txt/route.ts).
    "/.well-known/security.txt",
    // Near misses of a public file's name are routes: they must not skip the sign-in check.
    "/robots.txt/anything",
    "/course/robots.txt",
    "/favicon.ico.php",
    "/icon-193.png",
    "/manifest.webmanifestx",
    "/admin/favicon.svg",
  ])("runs on %s", (url) => {
    expect(runsProxy(url)).toBe(true);
  });

  it("leaves Next's own static files alone", () => {
    expect(runsProxy("/_next/static/chunks/app.js")).toBe(false);
  });
});

describe("next.config.js headers for public files", () => {
  const responseFor = async (url: string) =>
    unstable_getResponseFromNextConfig({ url, nextConfig: await nextConfig(PHASE_PRODUCTION_SERVER) });

  it.each(PUBLIC_FILES)("/%s gets the security headers, a closed policy and a day in the cache", async (file) => {
    const { headers } = await responseFor(`https://example.org/${file}`);
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("strict-transport-security")).toContain("max-age=");
    expect(headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
    expect(headers.get("cache-control")).toBe("public, max-age=86400");
  });

  it("gives pages neither that policy nor that cache time", async () => {
    const { headers } = await responseFor("https://example.org/course");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("content-security-policy")).toBeNull();
    expect(headers.get("cache-control")).toBeNull();
  });
});
