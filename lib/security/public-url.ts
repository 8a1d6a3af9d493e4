/**
 * Why NEXTAUTH_URL is not good enough for a production server, or null when it is. Links in emails
 * (password resets, invitations) and on certificates are built from it alone, never from a request's Host.
 */
export function publicUrlProblem(value: string | undefined): string | null {
  if (!value)
    return "NEXTAUTH_URL is not set. Set it to the site's public address, e.g. https://training.example.org: links in emails and on certificates are built from it.";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `NEXTAUTH_URL is not a valid address: ${JSON.stringify(value)}.`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return "NEXTAUTH_URL must start with https:// (or http:// behind a proxy that adds TLS).";
  if (url.username || url.password || url.search || url.hash)
    return "NEXTAUTH_URL must be a plain address, with no user name, query or fragment.";
  return null;
}
