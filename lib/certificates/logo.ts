/** The largest logo an organisation may upload: enough for a crisp print, small enough to inline in a page. */
export const LOGO_MAX_BYTES = 200 * 1024;

export type TLogoType = "image/png" | "image/jpeg";
export type TLogo = { bytes: Uint8Array; type: TLogoType };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * What the file's first bytes say it is: a PNG, a JPEG, or neither. The browser's MIME type is only the
 * file's name speaking, so it is not trusted.
 */
export function logoTypeOf(bytes: Uint8Array): TLogoType | null {
  if (bytes.length > PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return "image/png";
  // Start of image, then the first marker segment.
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  return null;
}

/** A stored logo, if both its bytes and its type are usable (a type stored by hand is checked again). */
export function storedLogo(bytes: Uint8Array | null, type: string | null): TLogo | null {
  if (!bytes || !type) return null;
  const detected = logoTypeOf(bytes);
  return detected && detected === type ? { bytes, type: detected } : null;
}

/** The logo as a data: URL, for an <img> in a page (the CSP allows data: images). */
export function logoDataUrl(logo: TLogo): string {
  return `data:${logo.type};base64,${Buffer.from(logo.bytes).toString("base64")}`;
}

/** The size that fits an image of this shape inside a box, never enlarged beyond its own size. */
export function fitWithin(
  width: number,
  height: number,
  boxWidth: number,
  boxHeight: number,
): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 };
  const scale = Math.min(boxWidth / width, boxHeight / height, 1);
  return { width: width * scale, height: height * scale };
}
