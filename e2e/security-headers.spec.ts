import { expect, test } from "./fixtures";

function expectCommonHeaders(headers: Record<string, string>, where: string) {
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["x-frame-options"], where).toBe("DENY");
  expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], where).toContain("camera=()");
  expect(headers["strict-transport-security"], where).toContain("max-age=");
  expect(headers["content-security-policy"], where).toContain("frame-ancestors 'none'");
}

test("every kind of response carries the security headers, and pages allow no inline script without the nonce", async ({
  page,
  newPerson,
  signIn,
}) => {
  const anonymous = await page.request.get("/login");
  expectCommonHeaders(anonymous.headers(), "/login");
  const csp = anonymous.headers()["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).not.toContain("'unsafe-inline' 'strict-dynamic'");
  expect(/script-src[^;]*'unsafe-inline'/.test(csp)).toBe(false);

  // Every inline script Next writes carries this response's nonce.
  const html = await anonymous.text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? "");
  expect(scripts.length).toBeGreaterThan(0);
  for (const attrs of scripts) expect(attrs).toContain(`nonce="${nonce}"`);
  // A fresh nonce per response.
  const again = await page.request.get("/login");
  expect(again.headers()["content-security-policy"]).not.toBe(csp);

  expectCommonHeaders((await page.request.get("/api/health")).headers(), "/api/health");
  expectCommonHeaders((await page.request.get("/course", { maxRedirects: 0 })).headers(), "redirect to sign in");
  expectCommonHeaders((await page.request.get("/verify/SG-0000-0000-0000-0000")).headers(), "404 page");
  const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  expectCommonHeaders((await page.request.get(asset!)).headers(), "static file");

  // Signed-in pages keep working under the policy: the client-side sign-in and navigation ran.
  await signIn(page, await newPerson());
  const signedIn = await page.request.get("/course");
  expectCommonHeaders(signedIn.headers(), "/course");
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.reload();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Course" }).click();
  expect(violations).toEqual([]);
});
