import { createHash, type Hash } from "node:crypto";
import { CERTIFICATE_PDF_VERSION, drawCertificatesPdf, type TCertificatePdfData } from "./pdf";

/** What one process keeps of finished certificate PDFs (~500 to 1,000 of them, more without a logo). */
export const PDF_CACHE_MAX_BYTES = 32 * 1024 * 1024;

/**
 * Feeds a value into the hash so that different values never feed the same bytes: each part says what it is and,
 * for strings, bytes and lists, how long it is. Objects are fed by sorted key, so every field a future version of
 * the PDF data carries takes part without anyone listing it here.
 */
function feed(hash: Hash, value: unknown): void {
  if (value === null) hash.update("0;");
  else if (value === undefined) hash.update("u;");
  else if (typeof value === "string") hash.update(`s${Buffer.byteLength(value)}:`).update(value);
  else if (typeof value === "number") hash.update(`#${value};`);
  else if (typeof value === "boolean") hash.update(value ? "t;" : "f;");
  else if (value instanceof Date) hash.update(`d${value.getTime()};`);
  else if (value instanceof Uint8Array) hash.update(`b${value.byteLength}:`).update(value);
  else if (Array.isArray(value)) {
    hash.update(`a${value.length}:`);
    for (const item of value) feed(hash, item);
  } else if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    hash.update(`o${keys.length}:`);
    for (const key of keys) {
      feed(hash, key);
      feed(hash, record[key]);
    }
  } else throw new TypeError(`A certificate PDF cannot be keyed by a ${typeof value}.`);
}

/**
 * A digest of everything a certificate's PDF draws (every field, the logo's bytes, the drawing code's version):
 * equal digests mean the same PDF. A name corrected, an organisation renamed, a new signatory or logo gives a new
 * digest, so a kept PDF is never shown for data that has changed, and there is nothing to invalidate.
 */
export function certificatePdfDigest(certificate: TCertificatePdfData, version = CERTIFICATE_PDF_VERSION): string {
  const hash = createHash("sha256");
  feed(hash, version);
  feed(hash, certificate);
  return hash.digest("base64url");
}

export type TPdfCache = {
  get(key: string): Uint8Array | undefined;
  set(key: string, pdf: Uint8Array): void;
  /** The bytes held now. */
  readonly bytes: number;
};

/**
 * PDFs kept by key up to `maxBytes` in all, the least recently used let go first. A PDF larger than the whole
 * bound is not kept.
 */
export function createPdfCache(maxBytes: number): TPdfCache {
  // A Map iterates in insertion order: re-inserting on every use keeps the least recently used first.
  const entries = new Map<string, Uint8Array>();
  let bytes = 0;
  return {
    get(key) {
      const pdf = entries.get(key);
      if (pdf) {
        entries.delete(key);
        entries.set(key, pdf);
      }
      return pdf;
    },
    set(key, pdf) {
      const old = entries.get(key);
      if (old) {
        entries.delete(key);
        bytes -= old.byteLength;
      }
      if (pdf.byteLength > maxBytes) return;
      entries.set(key, pdf);
      bytes += pdf.byteLength;
      for (const [oldest, kept] of entries) {
        if (bytes <= maxBytes) break;
        entries.delete(oldest);
        bytes -= kept.byteLength;
      }
    },
    get bytes() {
      return bytes;
    },
  };
}

const keptPdfs = createPdfCache(PDF_CACHE_MAX_BYTES);
// Two requests for the same PDF at once (a double click) share one drawing.
const drawing = new Map<string, Promise<Uint8Array>>();

/**
 * The PDF of one certificate: kept from an earlier download in this process when nothing it draws has changed,
 * else drawn (and kept). Authorisation comes first and stays with the caller: pass only data read through a
 * scoped query (findCertificateForViewer). The bytes are shared with later callers: do not write to them.
 */
export async function getCertificatePdf(certificate: TCertificatePdfData): Promise<Uint8Array> {
  const key = certificatePdfDigest(certificate);
  const pdf = keptPdfs.get(key);
  if (pdf) return pdf;
  let pending = drawing.get(key);
  if (!pending) {
    pending = drawCertificatesPdf([certificate])
      .then((drawn) => {
        keptPdfs.set(key, drawn);
        return drawn;
      })
      .finally(() => drawing.delete(key));
    drawing.set(key, pending);
  }
  return pending;
}
