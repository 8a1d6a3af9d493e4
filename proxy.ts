import { decode } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { claimsOfToken, sealClaims, SESSION_CLAIMS_HEADER, type TSessionClaims } from "@/lib/auth/session-claims";
import { sessionCookieName } from "@/lib/auth/session-cookie-name";
import { getAuthSecret } from "@/lib/env";
import { statusFor, type TErrorCode } from "@/lib/errors/codes";
import { messageFor } from "@/lib/errors/messages";
import { headerLocale } from "@/lib/i18n/header-locale";
import { MAX_ACTION_BODY_BYTES, screenActionRequest } from "@/lib/security/action-request";
import { contentSecurityPolicy } from "@/lib/security/headers";
import { readMultipartFields } from "@/lib/security/multipart";
import { hasMalformedEncoding, isCrossSiteAction, isPossibleActionRequest } from "@/lib/security/request-guards";

// Pages anyone may open. Everything else needs a session; the layouts and every action check again.
const PUBLIC_PATHS = [
  /^\/\.well-known\/security\.txt$/,
  /^\/accessibility$/,
  /^\/login$/,
  /^\/forgot-password$/,
  /^\/reset-password\/[^/]+$/,
  /^\/invite\/[^/]+$/,
  /^\/verify(\/|$)/,
  /^\/api\/auth(\/|$)/,
  /^\/api\/health$/,
];

export async function proxy(request: NextRequest) {
  // A fresh nonce per response: Next reads it from the request's CSP header and puts it on its scripts.
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const withCsp = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    return response;
  };

  // Refusals are worded in the language the request carries (headerLocale: the language cookie, else Accept-Language).
  const worded = (code: TErrorCode) => messageFor(code, {}, headerLocale(request));
  const refusePlainly = (code: TErrorCode) => withCsp(plain(worded(code), statusFor(code)));

  const { pathname, search } = request.nextUrl;
  // A NUL character has no place in any address here, and PostgreSQL refuses it in a query.
  if (/%00/.test(request.nextUrl.href) || (pathname + search).includes("\u0000"))
    return refusePlainly("ADDRESS_HAS_NUL");
  // Next cannot decode such a path into its parameters and answers with a bare 500.
  if (hasMalformedEncoding(pathname)) return refusePlainly("ADDRESS_MALFORMED");
  // Next refuses an action posted from another site by throwing (a 500); say what happened instead.
  if (isPossibleActionRequest(request.method, request.headers) && isCrossSiteAction(request.headers))
    return refusePlainly("ACTION_FROM_ANOTHER_SITE");
  const isPublic = PUBLIC_PATHS.some((p) => p.test(pathname));
  const cookie = request.cookies.get(sessionCookieName())?.value;
  const claims = cookie ? await claimsOf(cookie) : null;
  if (!isPublic && !claims) {
    if (pathname.startsWith("/api/"))
      return withCsp(NextResponse.json({ error: worded("SIGN_IN_NEEDED"), code: "SIGN_IN_NEEDED" }, { status: 401 }));
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
    return withCsp(NextResponse.redirect(login));
  }
  const screen = await screenActionRequest({
    method: request.method,
    actionHeader: request.headers.get("next-action"),
    contentType: request.headers.get("content-type"),
    contentLength: request.headers.get("content-length"),
    readForm: () =>
      readMultipartFields(request.headers.get("content-type") ?? "", request.clone().body, MAX_ACTION_BODY_BYTES),
  });
  if (!screen.ok) return refusePlainly(screen.code);
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  // What the cookie says, for the page or handler, so it is decrypted once (lib/auth/session-claims.ts). Whatever the
  // browser sent under that name is dropped first.
  headers.delete(SESSION_CLAIMS_HEADER);
  if (claims && cookie) headers.set(SESSION_CLAIMS_HEADER, sealClaims(claims, cookie));
  return withCsp(NextResponse.next({ request: { headers } }));
}

async function claimsOf(cookie: string): Promise<TSessionClaims | null> {
  try {
    return claimsOfToken(await decode({ token: cookie, secret: getAuthSecret() }));
  } catch {
    return null; // altered, expired, or made with another secret: no session
  }
}

function plain(message: string, status: number) {
  return new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export const config = {
  // Next's static assets and the files in public/ (icons, manifest, robots.txt) skip the proxy: they are the same for
  // everyone, must load on the sign-in page and for a browser that asks before anyone signs in, and get their
  // (non-nonce) headers from next.config.js instead. Each file is named exactly (lib/security/static-headers.js
  // PUBLIC_FILES; lib/security/proxy-matcher.test.ts checks the two lists and public/ agree), never by a pattern
  // or an extension: any other path, a missing icon included, is a route and passes here to be checked for a bad
  // encoding and a session. Next reads this value without running the module, so it is written out, not built.
  matcher: [
    "/((?!_next/static/|_next/image|(?:favicon\\.ico|favicon\\.svg|icon-192\\.png|icon-512\\.png|icon-maskable-512\\.png|apple-touch-icon\\.png|manifest\\.webmanifest|manifest-cy\\.webmanifest|robots\\.txt)$).*)",
  ],
};
