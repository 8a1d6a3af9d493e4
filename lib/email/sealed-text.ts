import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// Sealed email bodies: a message that carries a working single-use link keeps the full body only
// encrypted (AES-256-GCM), with a key derived from the session secret, until it is sent or the link
// expires. Plain Node, no server-only: the e2e tests read live links the way the outbox does.

const VERSION = "v1";
const INFO = "safeguarding-online/email-sealed-text/v1";

function keyFrom(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", Buffer.from(secret, "utf8"), Buffer.alloc(0), INFO, 32));
}

/** The text encrypted and authenticated: "v1.<iv>.<tag>.<ciphertext>", base64url parts. */
export function sealText(text: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return [
    VERSION,
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    body.toString("base64url"),
  ].join(".");
}

/** The text back, or null when it cannot be opened (another secret, or altered). Never throws. */
export function openSealedText(sealed: string, secret: string): string | null {
  const [version, iv, tag, body, ...rest] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined || rest.length) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
