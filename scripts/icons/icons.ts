/**
 * The app's icons, all drawn from one picture, public/favicon.svg, so that they cannot drift apart. `npm run icons`
 * (scripts/make-icons.ts) writes them into public/; they are committed, so the app runs without the script, and
 * icons.test.ts fails when one no longer matches the picture.
 */
import sharp from "sharp";

/**
 * "plain": the shield on a transparent ground, filling the square (browser tabs, the manifest's "any" icons).
 * "tile": the shield on a light brand square, for places that fill a transparent ground with black (iOS home screen)
 * or cut the square to a shape (Android's maskable icons, which keep only a circle of 80% of the width).
 */
export type TIconSpec = { file: string; size: number; kind: "plain" | "tile"; shieldShare?: number };

export const ICONS: TIconSpec[] = [
  { file: "icon-192.png", size: 192, kind: "plain" },
  { file: "icon-512.png", size: 512, kind: "plain" },
  // The shield's farthest corner is 0.49 of the picture's width from its centre: at 0.76 it stays inside the
  // maskable safe circle (radius 0.4 of the icon) with a margin.
  { file: "icon-maskable-512.png", size: 512, kind: "tile", shieldShare: 0.76 },
  // iOS rounds the corners by about a fifth of the width; the shield keeps clear of them.
  { file: "apple-touch-icon.png", size: 180, kind: "tile", shieldShare: 0.84 },
];

/** The sizes packed into favicon.ico, for the browsers and tools that ask for /favicon.ico and read nothing else. */
export const ICO_SIZES = [16, 32, 48];

/** brand-50 in app/globals.css: light, so the shield's dark edge stands out. */
const TILE_COLOUR = "#eef6f8";

/** The picture as an SVG of exactly `size` pixels, on its tile when the icon has one. */
export function iconSvg(favicon: string, spec: Pick<TIconSpec, "size" | "kind" | "shieldShare">): string {
  const viewBox = /<svg\b[^>]*\bviewBox="([^"]+)"/.exec(favicon)?.[1];
  const inner = /<svg\b[^>]*>([\s\S]*)<\/svg>\s*$/.exec(favicon)?.[1];
  if (!viewBox || inner === undefined) throw new Error("favicon.svg must be one <svg> element with a viewBox.");
  const share = spec.kind === "tile" ? (spec.shieldShare ?? 0.8) : 1;
  const offset = ((1 - share) * 100) / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.size}" height="${spec.size}" viewBox="0 0 100 100">`,
    spec.kind === "tile" ? `<rect width="100" height="100" fill="${TILE_COLOUR}"/>` : "",
    `<svg x="${offset}" y="${offset}" width="${share * 100}" height="${share * 100}" viewBox="${viewBox}">${inner}</svg>`,
    "</svg>",
  ].join("");
}

/** Draws one icon as a PNG. */
export async function renderIcon(favicon: string, spec: Pick<TIconSpec, "size" | "kind" | "shieldShare">) {
  return sharp(Buffer.from(iconSvg(favicon, spec)))
    .png({ compressionLevel: 9, palette: false })
    .toBuffer();
}

/** An .ico file holding the given PNGs (each entry a whole PNG, which every browser since Windows Vista reads). */
export function pngsToIco(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width; 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** The PNGs inside an .ico file, with the sizes its directory gives: the inverse of pngsToIco. */
export function readIco(ico: Buffer): { size: number; png: Buffer }[] {
  if (ico.length < 6 || ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error("Not an .ico file.");
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i;
    const length = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    return { size: ico.readUInt8(at) || 256, png: ico.subarray(offset, offset + length) };
  });
}
