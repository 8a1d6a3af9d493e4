import fontkit from "@pdf-lib/fontkit";
import fs from "node:fs";
import path from "node:path";
import type { PDFDocument, PDFFont } from "pdf-lib";

// DejaVu covers the names people really have (accents, Polish, Welsh, Greek, Cyrillic…). It ships in an
// npm package, so no font is fetched at build or run time; the files are read once per process.
let bytes: { regular: Buffer; bold: Buffer } | undefined;

// Parsing a 700 KB font and warming its layout tables took ~60 ms per PDF; the parsed font is
// immutable for our purposes (each document still gets its own subset), so it is parsed once.
const parsed = new Map<Uint8Array, ReturnType<typeof fontkit.create>>();
const cachingFontkit: typeof fontkit = {
  ...fontkit,
  create(data: Uint8Array, postscriptName?: string) {
    let font = parsed.get(data);
    if (!font) parsed.set(data, (font = fontkit.create(data, postscriptName)));
    return font;
  },
};

export async function embedFonts(doc: PDFDocument): Promise<{ regular: PDFFont; bold: PDFFont }> {
  const dir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  bytes ??= {
    regular: fs.readFileSync(path.join(dir, "DejaVuSans.ttf")),
    bold: fs.readFileSync(path.join(dir, "DejaVuSans-Bold.ttf")),
  };
  doc.registerFontkit(cachingFontkit);
  return {
    regular: await doc.embedFont(bytes.regular, { subset: true }),
    bold: await doc.embedFont(bytes.bold, { subset: true }),
  };
}
