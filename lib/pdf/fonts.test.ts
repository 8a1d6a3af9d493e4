import fontkit from "@pdf-lib/fontkit";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { compressWithZlib } from "./compress";
import { embedFonts, includeCommonGlyphs } from "./fonts";

const dejaVu = fontkit.create(
  fs.readFileSync(path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", "DejaVuSans.ttf")),
);

/** A page with these lines in the regular font, common glyphs first, as a certificate draws them. */
async function drawLines(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  compressWithZlib(doc);
  const { regular } = await embedFonts(doc, { keep: true });
  includeCommonGlyphs(regular);
  const page = doc.addPage([400, 400]);
  lines.forEach((text, i) => page.drawText(text, { x: 20, y: 360 - i * 30, size: 14, font: regular }));
  return doc.save();
}

/**
 * Each glyph of the PDF's regular font, as its embedded font file draws it, beside the character its ToUnicode map
 * says it is: what a reader sees and what a search or screen reader reads.
 */
async function glyphsOf(pdf: Uint8Array): Promise<{ char: string; drawn: string }[]> {
  const doc = await PDFDocument.load(pdf);
  const get = <T>(dict: PDFDict, key: string) => doc.context.lookup(dict.get(PDFName.of(key))) as T;
  const font = doc.context
    .enumerateIndirectObjects()
    .map(([, o]) => o)
    .find((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of("Subtype")) === PDFName.of("Type0"));
  if (!font) throw new Error("no Type0 font");
  const inflate = (stream: PDFRawStream) => zlib.inflateSync(stream.getContents());
  const cid = doc.context.lookup(get<PDFArray>(font, "DescendantFonts").get(0) as PDFRef) as PDFDict;
  const file = fontkit.create(inflate(get<PDFRawStream>(get<PDFDict>(cid, "FontDescriptor"), "FontFile2")));
  const cmap = inflate(get<PDFRawStream>(font, "ToUnicode")).toString("latin1");
  return [...cmap.matchAll(/<([0-9a-f]{4})> <([0-9a-f]{4})>/gi)].map(([, id, unicode]) => ({
    char: String.fromCodePoint(parseInt(unicode!, 16)),
    drawn: file.getGlyph(parseInt(id!, 16)).path.toSVG(),
  }));
}

describe("embedFonts with common glyphs", () => {
  it("draws every character with its own glyph, however many documents share a kept subset file", async () => {
    // ASCII names share one subset file; names with other letters need files of their own, and the ASCII file is
    // still right after them.
    const texts = [
      ["Amelia Smith", "SG-7K3M-9QXD-2HFA-TW8P"],
      ["Oliver Jones", "SG-AAAA-BBBB-CCCC-DDDD"],
      ["Siân Ŵyn-Ŷates", "Żółkiewska · Łódź"],
      ["Анна Иванова", "Ó Súilleabháin"],
      ["Rhys Davies", "SG-ZZZZ-YYYY-XXXX-WWWW"],
    ];
    for (const lines of texts) {
      const glyphs = await glyphsOf(await drawLines(lines));
      const chars = new Set(glyphs.map((g) => g.char));
      for (const char of lines.join("")) expect(chars).toContain(char);
      for (const { char, drawn } of glyphs)
        expect(drawn, char).toBe(dejaVu.glyphForCodePoint(char.codePointAt(0)!).path.toSVG());
    }
  });

  it("draws every character right when documents with different letters are saved at the same time", async () => {
    const texts = [["Siân Ŵyn"], ["Amelia Smith"], ["Анна Иванова"], ["Łódź Ó Súilleabháin"], ["Oliver Jones"]];
    const pdfs = await Promise.all(texts.map(drawLines));
    for (const [i, pdf] of pdfs.entries()) {
      const glyphs = await glyphsOf(pdf);
      const chars = new Set(glyphs.map((g) => g.char));
      for (const char of texts[i]!.join("")) expect(chars).toContain(char);
      for (const { char, drawn } of glyphs)
        expect(drawn, char).toBe(dejaVu.glyphForCodePoint(char.codePointAt(0)!).path.toSVG());
    }
  });
});
