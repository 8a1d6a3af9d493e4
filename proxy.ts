import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

// Pages anyone may open. Everything else needs a session; the layouts and every action check again.
const PUBLIC_PATHS = [/^\/login$/, /^\/forgot-password$/, /^\/reset-password\/[^/]+$/, /^\/invite\/[^/]+$/, /^\/verify(\/|$)/, /^\/api\/auth(\/|$)/, /^\/api\/health$/];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.some((p) => p.test(pathname))) return NextResponse.next();
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: "Sign in required." }, { status: 401 });
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  // Static files and Next's own assets need no session.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico|txt|woff2)$).*)"],
};
