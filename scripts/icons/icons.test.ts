import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ICO_SIZES, ICONS, iconSvg, pngsToIco, readIco, renderIcon } from "./icons";

const PUBLIC = path.join(import.meta.dirname, "..", "..", "public");
const favicon = fs.readFileSync(path.join(PUBLIC, "favicon.svg"), "utf8");

/** Pixels as RGBA, so that two PNGs compare by what they show, not by how the encoder packed them. */
async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The largest difference in any channel of any pixel: renderers on other machines may round differently. */
function largestDifference(a: Buffer, b: Buffer): number {
  let largest = 0;
  for (let i = 0; i < a.length; i++) largest = Math.max(largest, Math.abs(a[i]! - b[i]!));
  return largest;
}

describe("the committed icons", () => {
  it.each(ICONS)("$file is a $size px PNG drawn from the current favicon.svg", async (spec) => {
    const committed = fs.readFileSync(path.join(PUBLIC, spec.file));
    const metadata = await sharp(committed).metadata();
    expect(metadata.format).toBe("png");
    expect([metadata.width, metadata.height]).toEqual([spec.size, spec.size]);
    const fresh = await pixels(await renderIcon(favicon, spec));
    const kept = await pixels(committed);
    // Fails after favicon.svg changes until `npm run icons` is run and its output committed.
    expect(largestDifference(fresh.data, kept.data), `${spec.file}: run npm run icons`).toBeLessThanOrEqual(16);
  });

  it("tiles are opaque (iOS fills a transparent ground with black) and plain icons are not", async () => {
    for (const spec of ICONS) {
      const { data } = await pixels(fs.readFileSync(path.join(PUBLIC, spec.file)));
      const corner = data[3]; // the top-left pixel's alpha
      expect(corner, spec.file).toBe(spec.kind === "tile" ? 255 : 0);
    }
  });

  it("favicon.ico holds the current picture at 16, 32 and 48 px", async () => {
    const images = readIco(fs.readFileSync(path.join(PUBLIC, "favicon.ico")));
    expect(images.map((i) => i.size)).toEqual(ICO_SIZES);
    for (const image of images) {
      const kept = await pixels(image.png);
      expect([kept.width, kept.height]).toEqual([image.size, image.size]);
      const fresh = await pixels(await renderIcon(favicon, { size: image.size, kind: "plain" }));
      expect(largestDifference(fresh.data, kept.data), `favicon.ico ${image.size} px`).toBeLessThanOrEqual(16);
    }
  });

  it("the manifest names only icons that exist, at the sizes they are", async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(PUBLIC, "manifest.webmanifest"), "utf8")) as {
      icons: { src: string; sizes: string; type: string; purpose: string }[];
      start_url: string;
    };
    expect(manifest.start_url).toBe("/course");
    expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
    for (const icon of manifest.icons) {
      const file = path.join(PUBLIC, icon.src);
      expect(fs.existsSync(file), icon.src).toBe(true);
      if (icon.type !== "image/png") continue;
      const { width, height } = await sharp(file).metadata();
      expect(icon.sizes, icon.src).toBe(`${width}x${height}`);
    }
  });
});

describe("iconSvg", () => {
  it("sizes the picture to the icon and sets a tile behind it only for tiles", () => {
    const plain = iconSvg(favicon, { size: 192, kind: "plain" });
    expect(plain).toMatch(/^<svg[^>]*width="192" height="192"/);
    expect(plain).not.toContain("<rect");
    expect(iconSvg(favicon, { size: 180, kind: "tile", shieldShare: 0.8 })).toContain('<rect width="100"');
  });

  it("refuses a picture without a viewBox, saying what it needs", () => {
    expect(() => iconSvg("<svg><path/></svg>", { size: 16, kind: "plain" })).toThrow(/viewBox/);
  });
});

describe("pngsToIco", () => {
  it("packs PNGs that readIco gets back unchanged, 256 px written as 0", () => {
    const a = Buffer.from("first");
    const b = Buffer.from("second, longer");
    const ico = pngsToIco([
      { size: 16, png: a },
      { size: 256, png: b },
    ]);
    expect(ico.readUInt8(6 + 16)).toBe(0);
    expect(readIco(ico)).toEqual([
      { size: 16, png: a },
      { size: 256, png: b },
    ]);
  });

  it("readIco refuses a file that is not an icon", () => {
    expect(() => readIco(Buffer.from("\x89PNG\r\n"))).toThrow(/Not an \.ico/);
  });
});
