import fontkit, { type Font, type GlyphRun, type Subset, type SubsetStream } from "@pdf-lib/fontkit";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import type { PDFDocument, PDFFont } from "pdf-lib";

// DejaVu covers the names people really have (accents, Polish, Welsh, Greek, Cyrillic…). It ships in an
// npm package, so no font is fetched at build or run time; the files are read once per process.
let bytes: { regular: Buffer; bold: Buffer } | undefined;

// Parsing a 700 KB font and warming its layout tables took ~60 ms per PDF; the parsed font is
// immutable for our purposes (each document still gets its own subset), so it is parsed once. Documents that ask
// to keep layouts and subset files (certificates: the same short strings again and again) get a parsed font of
// their own with those caches; others (the evidence pack, with every person's name and many one-off strings) do not
// fill them.
const parsed = { plain: new Map<Uint8Array, Font>(), keeping: new Map<Uint8Array, Font>() };

function fontkitFor(keep: boolean): typeof fontkit {
  const fonts = keep ? parsed.keeping : parsed.plain;
  return {
    ...fontkit,
    create(data: Uint8Array, postscriptName?: string) {
      let font = fonts.get(data);
      if (!font) {
        font = fontkit.create(data, postscriptName);
        if (keep) font = keepingSubsetFiles(keepingLayouts(font));
        fonts.set(data, font);
      }
      return font;
    },
  };
}
const plainFontkit = fontkitFor(false);
const keepingFontkit = fontkitFor(true);

// Laying out a string (DejaVu's substitution and kerning tables, in JavaScript) is most of what drawing text costs,
// and pdf-lib lays out every string twice or more (measured to centre or fit it, then encoded). Most strings are
// the same on every certificate. What a string lays out to depends on the string alone (pdf-lib asks for no
// features, and the glyphs are the font's own shared objects), so runs are kept per parsed font, oldest out first.
const LAYOUTS_KEPT = 5000;
// Longer strings are laid out afresh: a certificate's are names, titles and dates, and a cap on length bounds what
// the kept layouts can hold (at most ~5,000 × 200 characters' glyph runs a font).
const LONGEST_KEPT = 200;

function keepingLayouts(font: Font): Font {
  const runs = new Map<string, GlyphRun>();
  const layout = font.layout.bind(font);
  font.layout = (text, features) => {
    if (features !== undefined || typeof text !== "string" || text.length > LONGEST_KEPT) return layout(text, features);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= LAYOUTS_KEPT) runs.delete(runs.keys().next().value!);
      runs.set(text, (run = layout(text)));
    }
    return run;
  };
  return font;
}

// Encoding a subset (the glyphs a document uses, as a font file) is done in JavaScript at every save. Documents that
// use the same glyphs in the same order get the same file, so the files are kept by glyph list; with
// includeCommonGlyphs, most documents' lists are the same.
const SUBSET_FILES_KEPT = 64;

function keepingSubsetFiles(font: Font): Font {
  const files = new Map<string, Uint8Array>();
  const createSubset = font.createSubset.bind(font);
  font.createSubset = (): Subset => {
    const subset = createSubset();
    const glyphs = new Set<number>();
    const includeGlyph = subset.includeGlyph.bind(subset);
    subset.includeGlyph = (glyph) => {
      glyphs.add(typeof glyph === "number" ? glyph : glyph.id);
      return includeGlyph(glyph);
    };
    const encodeStream = subset.encodeStream.bind(subset);
    subset.encodeStream = (): SubsetStream => {
      const key = [...glyphs].join(",");
      const file = files.get(key);
      if (file) {
        // Used again: to the back of the queue, so the shared common subset is the last to go.
        files.delete(key);
        files.set(key, file);
        return Readable.from([file]);
      }
      const parts: Uint8Array[] = [];
      return encodeStream()
        .on("data", (part) => parts.push(part))
        .on("end", () => {
          if (files.size >= SUBSET_FILES_KEPT) files.delete(files.keys().next().value!);
          files.set(key, Buffer.concat(parts));
        });
    };
    return subset;
  };
  return font;
}

// Printable ASCII and the topic separator: every certificate's fixed text and most of what varies (numbers, dates,
// most names).
const COMMON_CHARACTERS = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), "·"].join(" ");

/**
 * Puts the common characters' glyphs first in a font's subset, in a fixed order, whether the document uses them or
 * not: documents whose text needs no others then share one subset file, encoded once per process, at the cost of a
 * few kilobytes per PDF. Call before drawing any text.
 */
export function includeCommonGlyphs(font: PDFFont) {
  // Spaced, so that no pair of them is ever joined into a ligature.
  font.encodeText(COMMON_CHARACTERS);
}

/**
 * DejaVu regular and bold, subset into `doc`. `keep`: lay out and encode with the per-process caches, for documents
 * that repeat the same short strings (certificates); leave it off for one-off documents.
 */
export async function embedFonts(
  doc: PDFDocument,
  { keep = false }: { keep?: boolean } = {},
): Promise<{ regular: PDFFont; bold: PDFFont }> {
  const dir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  bytes ??= {
    regular: fs.readFileSync(path.join(dir, "DejaVuSans.ttf")),
    bold: fs.readFileSync(path.join(dir, "DejaVuSans-Bold.ttf")),
  };
  doc.registerFontkit(keep ? keepingFontkit : plainFontkit);
  return {
    regular: await doc.embedFont(bytes.regular, { subset: true }),
    bold: await doc.embedFont(bytes.bold, { subset: true }),
  };
}
