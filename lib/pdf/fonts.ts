import fontkit from "@pdf-lib/fontkit";
import fs from "node:fs";
import path from "node:path";
import type { PDFDocument, PDFFont } from "pdf-lib";

// DejaVu covers the names people really have (accents, Polish, Welsh, Greek, Cyrillic…). It ships in an
// npm package, so no font is fetched at build or run time; the files are read once per process.
let bytes: { regular: Buffer; bold: Buffer } | undefined;

export async function embedFonts(doc: PDFDocument): Promise<{ regular: PDFFont; bold: PDFFont }> {
  const dir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  bytes ??= { regular: fs.readFileSync(path.join(dir, "DejaVuSans.ttf")), bold: fs.readFileSync(path.join(dir, "DejaVuSans-Bold.ttf")) };
  doc.registerFontkit(fontkit);
  return { regular: await doc.embedFont(bytes.regular, { subset: true }), bold: await doc.embedFont(bytes.bold, { subset: true }) };
}
