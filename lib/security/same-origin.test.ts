import { describe, expect, it } from "vitest";
import { crossSiteRefusal } from "./same-origin";

const post = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/lesson-time", { method: "POST", headers });

describe("crossSiteRefusal", () => {
  it("lets through a browser's POST from the page's own site, however Next was started", () => {
    expect(crossSiteRefusal(post({ origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100" }))).toBeNull();
    expect(
      crossSiteRefusal(
        post({
          origin: "https://training.example.org",
          host: "10.0.0.11:3000",
          "x-forwarded-host": "training.example.org",
        }),
      ),
    ).toBeNull();
    expect(
      crossSiteRefusal(post({ origin: "http://127.0.0.1:3100", host: "elsewhere", "sec-fetch-site": "same-origin" })),
    ).toBeNull();
  });

  it("lets through clients that send no Origin (they hold their own cookie)", () => {
    expect(crossSiteRefusal(post({ host: "127.0.0.1:3100" }))).toBeNull();
  });

  it("refuses a POST another site's page made, with a 403 that says why", async () => {
    const refused = crossSiteRefusal(
      post({ origin: "https://evil.example", host: "127.0.0.1:3100", "sec-fetch-site": "cross-site" }),
    );
    expect(refused?.status).toBe(403);
    expect(await refused?.json()).toEqual({ error: "Cross-site request refused.", code: "CROSS_SITE_REFUSED" });
    expect(crossSiteRefusal(post({ origin: "null", host: "127.0.0.1:3100" }))?.status).toBe(403);
  });
});
