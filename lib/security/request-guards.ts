/**
 * Checks proxy.ts makes before Next sees a request, for requests Next would otherwise answer with a 500
 * (and without the security headers): a path it cannot decode, and a server action posted from another site.
 */

/** True when a path holds a percent-encoding that is not valid UTF-8 (e.g. %C0, %E0%A4, a lone %). */
export function hasMalformedEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

type THeaders = { get(name: string): string | null };

/** A POST that Next treats as a possible server action: one with the action header, or any multipart form. */
export function isPossibleActionRequest(method: string, headers: THeaders): boolean {
  return (
    method === "POST" &&
    (headers.get("next-action") !== null ||
      (headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data"))
  );
}

/**
 * Whether a server action request came from another site, judged as Next judges it (Origin's host must equal
 * the first X-Forwarded-Host, else Host: the host the browser addressed, which another site cannot set). Next
 * refuses such a request by throwing, a 500; this lets proxy.ts answer 403 first. No Origin: a same-site form
 * from an older browser or a non-browser client holding its own cookie, which Next lets through too.
 */
export function isCrossSiteAction(headers: THeaders): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  const addressed = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (origin === "null" || !addressed) return true;
  try {
    return new URL(origin).host !== addressed;
  } catch {
    return true;
  }
}
