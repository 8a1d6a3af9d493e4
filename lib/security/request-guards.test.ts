import { describe, expect, it } from "vitest";
import { hasMalformedEncoding, isCrossSiteAction, isPossibleActionRequest } from "./request-guards";

describe("hasMalformedEncoding", () => {
  it("accepts ordinary and correctly encoded paths", () => {
    for (const path of [
      "/",
      "/verify/SG-7K3M-9QXD-2HFA-TW8P",
      "/verify/%E2%9C%93",
      "/course/a%20b",
      "/trainer/learners/%25",
    ])
      expect(hasMalformedEncoding(path)).toBe(false);
  });

  it("spots encodings that are not UTF-8 or not encodings at all", () => {
    for (const path of [
      "/verify/%C0",
      "/verify/%E0%A4",
      "/invite/%FF%FE",
      "/reset-password/%",
      "/course/%zz",
      "/certificates/%C0%AF",
    ])
      expect(hasMalformedEncoding(path)).toBe(true);
  });
});

describe("isPossibleActionRequest", () => {
  const h = (o: Record<string, string>) => new Headers(o);
  it("is any POST with the action header or a multipart body", () => {
    expect(isPossibleActionRequest("POST", h({ "next-action": "abc" }))).toBe(true);
    expect(isPossibleActionRequest("POST", h({ "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(isPossibleActionRequest("POST", h({ "content-type": "application/json" }))).toBe(false);
    expect(isPossibleActionRequest("GET", h({ "next-action": "abc" }))).toBe(false);
  });
});

describe("isCrossSiteAction", () => {
  const h = (o: Record<string, string>) => new Headers(o);
  it("lets through the site's own pages, directly or behind a proxy, and clients that send no Origin", () => {
    expect(isCrossSiteAction(h({ origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100" }))).toBe(false);
    expect(
      isCrossSiteAction(
        h({
          origin: "https://training.example.org",
          host: "10.0.0.11:3000",
          "x-forwarded-host": "training.example.org, inner",
        }),
      ),
    ).toBe(false);
    expect(isCrossSiteAction(h({ host: "127.0.0.1:3100" }))).toBe(false);
  });

  it("catches another site, an opaque origin, and an Origin that is not a URL", () => {
    expect(isCrossSiteAction(h({ origin: "https://evil.example", host: "127.0.0.1:3100" }))).toBe(true);
    expect(isCrossSiteAction(h({ origin: "null", host: "127.0.0.1:3100" }))).toBe(true);
    expect(isCrossSiteAction(h({ origin: "not a url", host: "127.0.0.1:3100" }))).toBe(true);
    expect(isCrossSiteAction(h({ origin: "http://127.0.0.1:3100" }))).toBe(true);
  });
});
