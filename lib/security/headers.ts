/**
 * The Content-Security-Policy for one response: scripts only with this request's nonce (and what
 * they load, via 'strict-dynamic'); no plugins, no framing, forms only to this site. Inline style
 * attributes are allowed (a progress bar's width); inline script never is.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
