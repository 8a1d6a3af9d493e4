import { PUBLIC_FILES } from "../lib/security/static-headers.js";
import { expect, test } from "./fixtures";

// The files in public/ (icons, web manifest, robots.txt) load for anyone, before any sign-in: a browser asks for the
// icon and manifest on the sign-in page itself. Requests here carry no session cookie.
const TYPES: Record<string, RegExp> = {
  ico: /^image\/(x-icon|vnd\.microsoft\.icon)/,
  svg: /^image\/svg\+xml/,
  png: /^image\/png/,
  webmanifest: /^application\/manifest\+json/,
  txt: /^text\/plain/,
};

/** A PNG's width and height, from its header. */
function pngSize(body: Buffer) {
  expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
  return `${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`;
}

test("icons, manifest and robots.txt are served to someone not signed in, with their types and headers", async ({
  request,
}) => {
  for (const file of PUBLIC_FILES) {
    const response = await request.get(`/${file}`, { maxRedirects: 0 });
    expect(response.status(), file).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"], file).toMatch(TYPES[file.split(".").pop()!]!);
    expect(headers["x-content-type-options"], file).toBe("nosniff");
    expect(headers["x-frame-options"], file).toBe("DENY");
    expect(headers["content-security-policy"], file).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
    expect(headers["cache-control"], file).toBe("public, max-age=86400");
  }
  // Only those files: a name beside them is a route like any other, and asks for a sign-in.
  const missing = await request.get("/icon-193.png", { maxRedirects: 0 });
  expect(missing.status()).toBe(307);
  expect(missing.headers()["location"]).toContain("/login");

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^User-agent: \*\nDisallow: \/$/m);
});

test("the manifest's icons exist at the sizes it gives, and every page links the manifest and icons", async ({
  page,
  request,
}) => {
  // The English manifest and the Welsh one (for pages in Welsh: the same app, named in Welsh).
  for (const [file, lang] of [
    ["/manifest.webmanifest", "en-GB"],
    ["/manifest-cy.webmanifest", "cy"],
  ] as const) {
    const manifest = (await (await request.get(file)).json()) as {
      lang: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ lang, start_url: "/course", display: "standalone" });
    expect(manifest.icons.map((i) => i.purpose)).toContain("maskable");
    for (const icon of manifest.icons) {
      const response = await request.get(icon.src, { maxRedirects: 0 });
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()["content-type"], icon.src).toContain(icon.type);
      if (icon.type === "image/png") expect(pngSize(await response.body()), icon.src).toBe(icon.sizes);
    }
  }

  // The sign-in page, which everyone sees first, names them; the browser can fetch each one.
  await page.goto("/login");
  const hrefs = await page.evaluate(() =>
    Object.fromEntries(
      [
        ...document.querySelectorAll<HTMLLinkElement>(
          'link[rel="manifest"], link[rel="icon"], link[rel="apple-touch-icon"]',
        ),
      ].map((l) => [`${l.rel} ${l.type}`.trim(), new URL(l.href).pathname]),
    ),
  );
  expect(hrefs).toMatchObject({
    manifest: "/manifest.webmanifest",
    "icon image/svg+xml": "/favicon.svg",
    "apple-touch-icon": "/apple-touch-icon.png",
  });
  for (const href of Object.values(hrefs)) expect((await page.request.get(href)).status(), href).toBe(200);
  expect(await page.locator('meta[name="theme-color"]').getAttribute("content")).toBe("#124757");
});

test("security.txt stays a route: the operator's contact and an Expires in the future, without sign-in", async ({
  request,
}) => {
  const response = await request.get("/.well-known/security.txt", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^Contact: (mailto:|https:\/\/)/m);
  const expires = /^Expires: (.+)$/m.exec(text)?.[1];
  expect(new Date(expires!).getTime()).toBeGreaterThan(Date.now());
});
