import { createHash } from "node:crypto";
import { PDFDocument, type PDFEmbeddedPage } from "pdf-lib";
import { compressWithZlib } from "../pdf/compress";
import type { TLogo } from "./logo";

// Embedding a PNG means decoding it and compressing its pixels again: ~15-35 ms for a logo near the upload limit,
// on every certificate. Instead each logo is drawn once per process on a page of its own (its size in pixels), and
// a certificate copies that page, whose image is already compressed. Kept by a digest of the logo's bytes, so a
// new logo is a new page.
// Bounded by size as well as number: a photograph near the upload limit can take a few megabytes as a page.
const LOGO_PAGES_KEPT = 32;
const LOGO_PAGE_BYTES_KEPT = 16 * 1024 * 1024;
const logoPages = new Map<string, Promise<Uint8Array | null>>();
const logoPageSizes = new Map<string, number>();

/** Lets the oldest logo pages go until both bounds hold again. */
function trimLogoPages() {
  let bytes = [...logoPageSizes.values()].reduce((sum, size) => sum + size, 0);
  for (const key of logoPages.keys()) {
    if (logoPages.size <= LOGO_PAGES_KEPT && bytes <= LOGO_PAGE_BYTES_KEPT) break;
    logoPages.delete(key);
    bytes -= logoPageSizes.get(key) ?? 0;
    logoPageSizes.delete(key);
  }
}

async function drawLogoPage(logo: TLogo): Promise<Uint8Array | null> {
  try {
    const doc = await PDFDocument.create();
    compressWithZlib(doc);
    const image = logo.type === "image/png" ? await doc.embedPng(logo.bytes) : await doc.embedJpg(logo.bytes);
    doc.addPage([image.width, image.height]).drawImage(image, { x: 0, y: 0, width: image.width, height: image.height });
    return await doc.save();
  } catch {
    // A certificate without its logo is still a certificate: never fail the download over it.
    return null;
  }
}

function logoPage(logo: TLogo): Promise<Uint8Array | null> {
  const key = createHash("sha256").update(logo.type).update(logo.bytes).digest("base64url");
  let page = logoPages.get(key);
  if (!page) {
    logoPages.set(
      key,
      (page = drawLogoPage(logo).then((drawn) => {
        if (logoPages.has(key)) {
          logoPageSizes.set(key, drawn?.byteLength ?? 0);
          trimLogoPages();
        }
        return drawn;
      })),
    );
    trimLogoPages();
  }
  return page;
}

/**
 * The logo, ready to draw in this document at any size (its width and height are the image's, in pixels); null if
 * it cannot be read (it is checked on upload).
 */
export async function embedLogo(doc: PDFDocument, logo: TLogo): Promise<PDFEmbeddedPage | null> {
  const page = await logoPage(logo);
  if (!page) return null;
  try {
    const [embedded] = await doc.embedPdf(page);
    return embedded ?? null;
  } catch {
    // As above: a certificate without its logo rather than no certificate.
    return null;
  }
}
