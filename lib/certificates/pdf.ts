import {
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingColor,
  PDFDocument,
  rgb,
  type PDFFont,
  type PDFPage,
} from "pdf-lib";
import QRCode from "qrcode";
import { embedFonts } from "../pdf/fonts";
import { formatDate } from "../format/dates";
import { formatMinutes } from "../format/durations";

export type TCertificatePdfData = {
  number: string;
  learnerName: string;
  organisationName: string;
  courseTitle: string;
  courseVersion: string;
  completedAt: Date;
  expiresAt: Date;
  cpdMinutes: number;
  scorePercent: number;
  verifyUrl: string;
};

// A4 landscape, in points.
const WIDTH = 841.89;
const HEIGHT = 595.28;
const INK = rgb(0, 0, 0);
const GREY = rgb(0.35, 0.35, 0.35);

function centred(
  page: PDFPage,
  text: string,
  y: number,
  font: PDFFont,
  size: number,
  maxWidth = WIDTH - 160,
  color = INK,
) {
  // Long names and titles shrink to fit rather than run off the page. Width grows linearly with
  // size, so the text is measured once (each measurement is a full layout of the text).
  const unitWidth = font.widthOfTextAtSize(text, 1);
  let s = size;
  while (s > 8 && unitWidth * s > maxWidth) s -= 0.5;
  page.drawText(text, { x: (WIDTH - unitWidth * s) / 2, y, size: s, font, color });
}

function drawQr(page: PDFPage, text: string, x: number, y: number, size: number) {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const count = qr.modules.size;
  const cell = size / count;
  // One filled path of rectangles (a run of dark modules in a row is one rectangle), rather than a
  // drawRectangle, with its own graphics state, per module: ~600 of those made a page cost ~20 ms.
  const ops = [pushGraphicsState(), setFillingColor(INK)];
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (!qr.modules.get(row, col)) continue;
      const start = col;
      while (col + 1 < count && qr.modules.get(row, col + 1)) col++;
      ops.push(rectangle(x + start * cell, y + size - (row + 1) * cell, (col - start + 1) * cell, cell));
    }
  }
  page.pushOperators(...ops, fill(), popGraphicsState());
}

/** One page per certificate, in the order given. */
export async function drawCertificatesPdf(certificates: TCertificatePdfData[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const { regular, bold } = await embedFonts(doc);
  doc.setTitle(
    certificates.length === 1 ? `Certificate ${certificates[0]?.number}` : `${certificates.length} certificates`,
  );
  doc.setCreator("Safeguarding online");
  doc.setProducer("Safeguarding online");

  for (const c of certificates) {
    const page = doc.addPage([WIDTH, HEIGHT]);
    page.drawRectangle({ x: 24, y: 24, width: WIDTH - 48, height: HEIGHT - 48, borderColor: INK, borderWidth: 2.5 });
    page.drawRectangle({ x: 32, y: 32, width: WIDTH - 64, height: HEIGHT - 64, borderColor: GREY, borderWidth: 0.75 });

    centred(page, "CERTIFICATE OF COMPLETION", HEIGHT - 95, bold, 26);
    centred(page, "This certifies that", HEIGHT - 140, regular, 13, undefined, GREY);
    centred(page, c.learnerName, HEIGHT - 185, bold, 32);
    centred(page, `of ${c.organisationName}`, HEIGHT - 215, regular, 14);
    centred(page, "has successfully completed the safeguarding course", HEIGHT - 255, regular, 13, undefined, GREY);
    centred(page, c.courseTitle, HEIGHT - 290, bold, 18);

    const details: [string, string][] = [
      ["Completed", formatDate(c.completedAt)],
      ["Valid until", formatDate(c.expiresAt)],
      ["CPD time", formatMinutes(c.cpdMinutes)],
      ["Score", `${c.scorePercent}%`],
    ];
    const colWidth = (WIDTH - 200) / details.length;
    details.forEach(([label, value], i) => {
      const cx = 100 + colWidth * i + colWidth / 2;
      page.drawText(label, {
        x: cx - regular.widthOfTextAtSize(label, 10) / 2,
        y: 200,
        size: 10,
        font: regular,
        color: GREY,
      });
      page.drawText(value, { x: cx - bold.widthOfTextAtSize(value, 13) / 2, y: 182, size: 13, font: bold, color: INK });
    });
    page.drawLine({ start: { x: 100, y: 165 }, end: { x: WIDTH - 100, y: 165 }, thickness: 0.75, color: GREY });

    page.drawText("Certificate number", { x: 70, y: 130, size: 10, font: regular, color: GREY });
    page.drawText(c.number, { x: 70, y: 112, size: 15, font: bold, color: INK });
    page.drawText(`Content version ${c.courseVersion}`, { x: 70, y: 92, size: 10, font: regular, color: GREY });
    page.drawText("Check that this certificate is genuine and current:", {
      x: 70,
      y: 68,
      size: 10,
      font: regular,
      color: GREY,
    });
    page.drawText(c.verifyUrl, { x: 70, y: 53, size: 10, font: regular, color: INK });
    drawQr(page, c.verifyUrl, WIDTH - 70 - 96, 50, 96);
  }
  return doc.save();
}
