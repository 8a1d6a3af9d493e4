import { describe, expect, it } from "vitest";
import { claimsOfToken, openClaims, sealClaims } from "./session-claims";

const claims = { id: "user-1", sessionVersion: 3, authTime: 1_700_000_000, secondFactor: true, sso: false };

describe("session claims handed from proxy.ts to the page", () => {
  const COOKIE = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..token";

  it("open to exactly what was sealed, while the session cookie is the one they were read from", () => {
    expect(openClaims(sealClaims(claims, COOKIE), COOKIE)).toEqual(claims);
  });

  it("are not used once the cookie has been replaced or removed in the same request (second factor, sign-out)", () => {
    const sealed = sealClaims(claims, COOKIE);
    expect(openClaims(sealed, `${COOKIE}x`)).toBeNull();
    expect(openClaims(sealed, undefined)).toBeNull();
  });

  it("are refused when altered, forged or missing, so a browser cannot claim to be someone by sending the header", () => {
    const sealed = sealClaims(claims, COOKIE);
    const [payload, mac] = sealed.split(".");
    const inside = JSON.parse(Buffer.from(payload!, "base64url").toString()) as { cookie: string };
    const someoneElse = Buffer.from(
      JSON.stringify({ claims: { ...claims, id: "admin-1" }, cookie: inside.cookie }),
    ).toString("base64url");
    expect(openClaims(`${someoneElse}.${mac}`, COOKIE)).toBeNull();
    expect(openClaims(`${payload}.${"A".repeat(mac!.length)}`, COOKIE)).toBeNull();
    expect(openClaims(`${payload}`, COOKIE)).toBeNull();
    expect(openClaims(`${sealed}.extra`, COOKIE)).toBeNull();
    expect(openClaims("", COOKIE)).toBeNull();
    expect(openClaims(null, COOKIE)).toBeNull();
  });

  it("name nobody for a token without a subject", () => {
    expect(claimsOfToken({ sessionVersion: 1 })).toBeNull();
    expect(claimsOfToken(null)).toBeNull();
    expect(claimsOfToken({ sub: "u", sso: "yes" })).toEqual({
      id: "u",
      sessionVersion: undefined,
      authTime: undefined,
      secondFactor: false,
      sso: false,
    });
  });
});
