import { describe, expect, it } from "vitest";
import { crossSiteRefusal, isCrossSiteRequest } from "./same-origin";

const post = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/lesson-time", { method: "POST", headers });

describe("isCrossSiteRequest", () => {
  it("lets through a browser's POST from the page's own site, however Next was started", () => {
    expect(isCrossSiteRequest(post({ origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100" }))).toBe(false);
    expect(
      isCrossSiteRequest(
        post({
          origin: "https://training.example.org",
          host: "10.0.0.11:3000",
          "x-forwarded-host": "training.example.org",
        }),
      ),
    ).toBe(false);
    expect(
      isCrossSiteRequest(post({ origin: "http://127.0.0.1:3100", host: "elsewhere", "sec-fetch-site": "same-origin" })),
    ).toBe(false);
  });

  it("lets through clients that send no Origin (they hold their own cookie)", () => {
    expect(isCrossSiteRequest(post({ host: "127.0.0.1:3100" }))).toBe(false);
  });

  it("catches a POST another site's page made, and one from an opaque origin", () => {
    expect(
      isCrossSiteRequest(
        post({ origin: "https://evil.example", host: "127.0.0.1:3100", "sec-fetch-site": "cross-site" }),
      ),
    ).toBe(true);
    expect(isCrossSiteRequest(post({ origin: "null", host: "127.0.0.1:3100" }))).toBe(true);
  });
});

describe("crossSiteRefusal", () => {
  it("is a 403 that says why, in the reader's language", async () => {
    const english = crossSiteRefusal("en-GB");
    expect(english.status).toBe(403);
    expect(await english.json()).toEqual({ error: "Cross-site request refused.", code: "CROSS_SITE_REFUSED" });
    expect(await crossSiteRefusal("cy").json()).toEqual({
      error: "Gwrthodwyd cais o wefan arall.",
      code: "CROSS_SITE_REFUSED",
    });
  });
});
