// Values that appear in documentation and examples: never acceptable as a real secret.
const KNOWN_PLACEHOLDERS = [/^changeme/i, /^secret$/i, /^your[-_ ]?secret/i, /^x+$/i, /^0+$/];

/** Why a session secret is not good enough for production, or null when it is. */
export function secretProblem(secret: string | undefined): string | null {
  if (!secret)
    return "NEXTAUTH_SECRET is not set. Set it to at least 32 random characters, e.g. the output of `openssl rand -base64 32`.";
  if (secret.length < 32) return "NEXTAUTH_SECRET is shorter than 32 characters. Use `openssl rand -base64 32`.";
  if (KNOWN_PLACEHOLDERS.some((p) => p.test(secret)) || new Set(secret).size < 8)
    return "NEXTAUTH_SECRET looks like a placeholder, not a random value. Use `openssl rand -base64 32`.";
  return null;
}
