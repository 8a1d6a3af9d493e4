import { getEnv } from "../env";
import { messageFor } from "../errors/messages";

/**
 * Refuses a state-changing or data-returning POST that a browser sent from another site. Browsers send Origin on
 * every cross-site POST; a missing Origin is a same-site form from an older browser or a non-browser client holding
 * its own cookie. The origin is compared with the host the browser addressed (Host, or X-Forwarded-Host behind a
 * proxy: a browser on another site cannot set either) and with NEXTAUTH_URL, not with the request's URL, which
 * Next builds from its own listening address.
 */
export function crossSiteRefusal(request: Request): Response | null {
  const origin = request.headers.get("origin");
  if (!origin) return null;
  if (request.headers.get("sec-fetch-site") === "same-origin") return null;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return refusal();
  }
  const publicUrl = getEnv().NEXTAUTH_URL;
  const hosts = [
    request.headers.get("x-forwarded-host"),
    request.headers.get("host"),
    publicUrl ? new URL(publicUrl).host : null,
  ];
  return hosts.includes(originHost) ? null : refusal();
}

function refusal(): Response {
  return Response.json({ error: messageFor("CROSS_SITE_REFUSED"), code: "CROSS_SITE_REFUSED" }, { status: 403 });
}
