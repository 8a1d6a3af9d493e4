import type { APIResponse } from "@playwright/test";
import { builtActionPages, builtActions, callAction } from "./action-client";
import { expect, test } from "./fixtures";
import { signInOverHttp } from "./http-client";

/** Requests Next itself would answer with a bare 500: each gets a 4xx, a plain message and every security header. */
function expectPlainRefusal(response: APIResponse, status: number, where: string) {
  const headers = response.headers();
  expect(response.status(), where).toBe(status);
  expect(headers["content-type"], where).toContain("text/plain");
  expect(headers["content-security-policy"], where).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"], where).toBe("DENY");
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
}

const MALFORMED = [
  "/%C0",
  "/verify/%C0",
  "/verify/SG-%E0%A4",
  "/certificates/%C0",
  "/certificates/%C0/pdf",
  "/invite/%FF%FE",
  "/reset-password/%",
  "/course/%C0",
  "/course/m/lessons/%C0%AF",
  "/course/%zz/quiz",
  "/trainer/learners/%C0",
  "/admin/people/%C0",
  "/admin/organisations/%C0",
  "/api/modules/%C0/quiz",
  "/.well-known/%C0.txt",
];

test("a malformed percent-encoding in any address gets a 400 with a plain message and the security headers, signed in or not", async ({
  request,
  baseURL,
  newPerson,
}) => {
  const admin = await newPerson("ADMIN");
  const signedIn = await signInOverHttp(baseURL!, admin.email, admin.password);
  for (const client of [request, signedIn]) {
    for (const path of MALFORMED) {
      const response = await client.get(path, { maxRedirects: 0 });
      expectPlainRefusal(response, 400, path);
      expect(await response.text(), path).toBe("This address is not correctly encoded. Check the link and try again.");
    }
  }
  // A well-formed encoding of the same bytes is just a certificate number that does not exist.
  expect((await request.get("/verify/%25C0")).status()).toBe(404);
});

test("the proxy's refusals are in Welsh for a request that carries Welsh (the language cookie, or the browser's)", async ({
  request,
}) => {
  const welsh: Record<string, string>[] = [{ "Accept-Language": "cy-GB,cy;q=0.9,en;q=0.5" }, { Cookie: "language=cy" }];
  for (const headers of welsh) {
    const malformed = await request.get("/course/%C0", { headers, maxRedirects: 0 });
    expectPlainRefusal(malformed, 400, JSON.stringify(headers));
    expect(await malformed.text()).toBe(
      "Nid yw'r cyfeiriad hwn wedi'i amgodio'n gywir. Gwiriwch y ddolen a rhowch gynnig arall arni.",
    );
    const signedOut = await request.get("/api/modules/m/quiz", { headers, maxRedirects: 0 });
    expect(signedOut.status()).toBe(401);
    expect(await signedOut.json()).toEqual({ error: "Mewngofnodwch i barhau.", code: "SIGN_IN_NEEDED" });
  }
});

test("a form posted to a server action without its previous state (a bare $ACTION_ID_) is refused with a 400, not a crash", async ({
  baseURL,
  newPerson,
  db,
}) => {
  const admin = await newPerson("ADMIN");
  const client = await signInOverHttp(baseURL!, admin.email, admin.password);
  const pages = builtActionPages();
  const emailsBefore = await db.emailMessage.count();
  for (const [action, id] of builtActions()) {
    const form = { [`$ACTION_ID_${id}`]: "", email: admin.email, name: "No Script" };
    const response = await client.post(pages.get(action)!, { multipart: form, maxRedirects: 0 });
    expectPlainRefusal(response, 400, action);
  }
  expect(await db.emailMessage.count(), "a refused form sends nothing").toBe(emailsBefore);
});

test("a server action posted from another website is refused with a 403 that says why", async ({
  baseURL,
  newPerson,
  db,
}) => {
  const admin = await newPerson("ADMIN");
  const client = await signInOverHttp(baseURL!, admin.email, admin.password);
  const createOrganisation = builtActions().get("app/(admin)/admin/organisations/actions.ts#createOrganisationAction")!;
  const name = `Cross-site ${Date.now()}`;
  for (const origin of ["https://evil.example", "null", "not a url"]) {
    const response = await client.post("/admin/organisations", {
      headers: { "Next-Action": createOrganisation, Origin: origin, Accept: "text/x-component" },
      multipart: { "0": '[{"ok":false,"message":null},"$K1"]', "1_name": name },
      maxRedirects: 0,
    });
    expectPlainRefusal(response, 403, origin);
    expect(await response.text()).toContain("sent from another website");
  }
  expect(await db.organisation.count({ where: { name } })).toBe(0);
  // The same call from the site itself goes through.
  const own = await callAction(client, createOrganisation, "/admin/organisations", { name });
  expect(own.status).toBe(200);
  expect(await db.organisation.count({ where: { name } })).toBe(1);
});

test("security.txt is public and names a contact, an expiry, the language and its own address", async ({ request }) => {
  const response = await request.get("/.well-known/security.txt", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  const text = await response.text();
  expect(text).toMatch(/^Contact: (mailto:|https:)/m);
  const expires = /^Expires: (\S+)$/m.exec(text)?.[1];
  expect(Date.parse(expires!) - Date.now()).toBeGreaterThan(0);
  expect(Date.parse(expires!) - Date.now()).toBeLessThan(366 * 86_400_000);
  expect(text).toMatch(/^Preferred-Languages: en$/m);
  expect(text).toMatch(/^Canonical: https?:\/\/[^/]+\/\.well-known\/security\.txt$/m);
});
