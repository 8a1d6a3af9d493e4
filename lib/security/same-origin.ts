import { getEnv } from "../env";
import { messageFor } from "../errors/messages";
import type { TLocale } from "../i18n/locales";

/**
 * Refuses a state-changing or data-returning POST that a browser sent from another site. Browsers send Origin on
 * every cross-site POST; a missing Origin is a same-site form from an older browser or a non-browser client holding
 * its own cookie. The origin is compared with the host the browser addressed (Host, or X-Forwarded-Host behind a
 * proxy: a browser on another site cannot set either) and with NEXTAUTH_URL, not with the request's URL, which
 * Next builds from its own listening address.
 */
export function isCrossSiteRequest(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  if (request.headers.get("sec-fetch-site") === "same-origin") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  const publicUrl = getEnv().NEXTAUTH_URL;
  const hosts = [
    request.headers.get("x-forwarded-host"),
    request.headers.get("host"),
    publicUrl ? new URL(publicUrl).host : null,
  ];
  return !hosts.includes(originHost);
}

/** The 403 for such a request, worded in the language of whoever's browser sent it (requestLocale). */
export function crossSiteRefusal(locale: TLocale): Response {
  return Response.json(
    { error: messageFor("CROSS_SITE_REFUSED", {}, locale), code: "CROSS_SITE_REFUSED" },
    { status: 403 },
  );
}
