import {
  concatTransformationMatrix,
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingColor,
  PDFDocument,
  type PDFFont,
  type PDFEmbeddedPage,
  type PDFPage,
} from "pdf-lib";
import { createTranslator } from "use-intl/core";
import QRCode from "qrcode";
import { compressWithZlib } from "../pdf/compress";
import { embedFonts, includeCommonGlyphs } from "../pdf/fonts";
import { formatDate } from "../format/dates";
import { formatMinutes } from "../format/durations";
import { DEFAULT_LOCALE, type TLocale } from "../i18n/locales";
import { loadMessages } from "../i18n/messages";
import { fitWithin, type TLogo } from "./logo";
import { embedLogo } from "./logo-page";
import {
  drawCentredLines,
  drawRightAligned,
  GREY,
  HEIGHT,
  heightOf,
  INK,
  WIDTH,
  wrapTopics,
  type TLine,
} from "./pdf-text";
import { DSL_ROLE, type TSignatory } from "./signatory-choice";

export type TCertificatePdfData = {
  /** The holder's language (their own choice, else their organisation's): the page's words and dates are in it. */
  locale: TLocale;
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
  /** Who signs for the issuing organisation; null prints no signature block at all. */
  signatory: TSignatory | null;
  /** The issuing organisation's logo, printed at the top. */
  logo: TLogo | null;
  /** The titles of the course's modules. */
  topics: string[];
};

/**
 * The drawing's version, part of the key of every kept PDF (pdf-cache.ts): raise it with any change to how a page
 * looks, so that no PDF drawn by the old code is handed out after a hot reload or by a long-lived process.
 */
export const CERTIFICATE_PDF_VERSION = 1;

const LEFT = 70;
const QR_SIZE = 92;
const QR_X = WIDTH - LEFT - QR_SIZE;
const QR_Y = 48;
const LOGO_BOX = { width: 210, height: 54 };
// The centred stack (logo, name, course, topics) fills the space between these, with even gaps between its blocks.
const STACK_TOP = HEIGHT - 58;
const STACK_BOTTOM = 222;
const SIGNATURE_WIDTH = 220;

function drawQr(page: PDFPage, text: string, x: number, y: number, size: number) {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const count = qr.modules.size;
  const cell = size / count;
  // One filled path of rectangles (a run of dark modules in a row is one rectangle), rather than a
  // drawRectangle, with its own graphics state, per module: ~600 of those made a page cost ~20 ms. Drawn in module
  // units (one unit a module, scaled once), so each rectangle is a few small integers rather than long decimals.
  const ops = [pushGraphicsState(), setFillingColor(INK), concatTransformationMatrix(cell, 0, 0, cell, x, y)];
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (!qr.modules.get(row, col)) continue;
      const start = col;
      while (col + 1 < count && qr.modules.get(row, col + 1)) col++;
      ops.push(rectangle(start, count - 1 - row, col - start + 1, 1));
    }
  }
  page.pushOperators(...ops, fill(), popGraphicsState());
}

async function certificateWords(locale: TLocale) {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "CertificatePdf" });
  return Object.assign(t, { locale });
}
type TWords = Awaited<ReturnType<typeof certificateWords>>;

function topicLines(t: TWords, topics: string[], regular: PDFFont, bold: PDFFont): TLine[] {
  if (!topics.length) return [];
  // Smaller type for a long list, so the stack still fits above the details.
  let size = 10.5;
  let wrapped = wrapTopics(topics, regular, size, WIDTH - 200);
  while (wrapped.length > 3 && size > 8) wrapped = wrapTopics(topics, regular, (size -= 0.5), WIDTH - 200);
  return [
    { text: t("topics"), font: bold, size: 11 },
    ...wrapped.map((text, i) => ({ text, font: regular, size, gap: i ? 4 : 7 })),
  ];
}

function drawDetails(t: TWords, page: PDFPage, c: TCertificatePdfData, regular: PDFFont, bold: PDFFont) {
  const { locale } = t;
  const details: [string, string][] = [
    [t("completed"), formatDate(c.completedAt, { locale })],
    [t("validUntil"), formatDate(c.expiresAt, { locale })],
    [t("cpdTime"), formatMinutes(c.cpdMinutes, { locale })],
    [t("score"), `${c.scorePercent}%`],
  ];
  const colWidth = (WIDTH - 200) / details.length;
  details.forEach(([label, value], i) => {
    const cx = 100 + colWidth * i + colWidth / 2;
    const labelX = cx - regular.widthOfTextAtSize(label, 10) / 2;
    page.drawText(label, { x: labelX, y: 200, size: 10, font: regular, color: GREY });
    page.drawText(value, { x: cx - bold.widthOfTextAtSize(value, 13) / 2, y: 182, size: 13, font: bold, color: INK });
  });
  page.drawLine({ start: { x: 100, y: 165 }, end: { x: WIDTH - 100, y: 165 }, thickness: 0.75, color: GREY });
}

function drawSignatory(t: TWords, page: PDFPage, signatory: TSignatory, regular: PDFFont, bold: PDFFont) {
  // The role printed for a designated safeguarding lead who signs by default is ours to translate; a role an
  // administrator typed is printed as they wrote it.
  const role = signatory.role === DSL_ROLE ? t("dslRole") : signatory.role;
  // Room above the line for a handwritten signature on a printed copy.
  page.drawLine({ start: { x: LEFT, y: 96 }, end: { x: LEFT + SIGNATURE_WIDTH, y: 96 }, thickness: 0.75, color: INK });
  const fit = (text: string, font: PDFFont, size: number) => {
    let s = size;
    while (s > 7 && font.widthOfTextAtSize(text, s) > SIGNATURE_WIDTH + 40) s -= 0.5;
    return s;
  };
  page.drawText(signatory.name, { x: LEFT, y: 80, size: fit(signatory.name, bold, 12), font: bold, color: INK });
  if (role)
    page.drawText(role, {
      x: LEFT,
      y: 65,
      size: fit(role, regular, 10),
      font: regular,
      color: GREY,
    });
}

/** The certificate number and where to check it, right-aligned beside the QR code that encodes the same address. */
function drawVerification(t: TWords, page: PDFPage, c: TCertificatePdfData, regular: PDFFont, bold: PDFFont) {
  const right = QR_X - 16;
  const maxWidth = right - (c.signatory ? LEFT + SIGNATURE_WIDTH + 60 : LEFT);
  const line = (text: string, font: PDFFont, size: number, y: number, color = GREY) =>
    drawRightAligned(page, { text, font, size, color }, right, y, maxWidth);
  line(t("number"), regular, 10, 126);
  line(c.number, bold, 15, 108, INK);
  line(t("contentVersion", { version: c.courseVersion }), regular, 10, 90);
  line(t("check"), regular, 10, 68);
  line(c.verifyUrl, regular, 10, 53, INK);
  drawQr(page, c.verifyUrl, QR_X, QR_Y, QR_SIZE);
}

/**
 * One page per certificate, in the order given, each in its holder's language. The document's own title is in the
 * language the pages share, UK English when a bulk PDF mixes them.
 */
export async function drawCertificatesPdf(certificates: TCertificatePdfData[]): Promise<Uint8Array> {
  const locales = [...new Set(certificates.map((c) => c.locale))];
  const words = new Map(await Promise.all(locales.map(async (l) => [l, await certificateWords(l)] as const)));
  const shared = locales.length === 1 ? words.get(locales[0]!)! : await certificateWords(DEFAULT_LOCALE);
  const doc = await PDFDocument.create();
  compressWithZlib(doc);
  const { regular, bold } = await embedFonts(doc, { keep: true });
  // So that most certificates share one font subset file, encoded once per process.
  includeCommonGlyphs(regular);
  includeCommonGlyphs(bold);
  doc.setTitle(
    certificates.length === 1
      ? shared("documentTitle", { number: certificates[0]!.number })
      : shared("documentTitleMany", { count: certificates.length }),
  );
  doc.setLanguage(shared.locale);
  doc.setCreator("Safeguarding online");
  doc.setProducer("Safeguarding online");
  // Each logo once per document, however many of its pages show it.
  const logos = new Map<Uint8Array, Promise<PDFEmbeddedPage | null>>();

  for (const c of certificates) {
    const t = words.get(c.locale)!;
    const page = doc.addPage([WIDTH, HEIGHT]);
    page.drawRectangle({ x: 24, y: 24, width: WIDTH - 48, height: HEIGHT - 48, borderColor: INK, borderWidth: 2.5 });
    page.drawRectangle({ x: 32, y: 32, width: WIDTH - 64, height: HEIGHT - 64, borderColor: GREY, borderWidth: 0.75 });

    if (c.logo && !logos.has(c.logo.bytes)) logos.set(c.logo.bytes, embedLogo(doc, c.logo));
    const logo = c.logo ? await logos.get(c.logo.bytes)! : null;
    const logoSize = logo ? fitWithin(logo.width, logo.height, LOGO_BOX.width, LOGO_BOX.height) : null;
    const blocks: { height: number; draw: (top: number) => void }[] = [];
    if (logo && logoSize)
      blocks.push({
        height: logoSize.height,
        draw: (top) => page.drawPage(logo, { x: (WIDTH - logoSize.width) / 2, y: top - logoSize.height, ...logoSize }),
      });
    const textBlock = (lines: TLine[]) =>
      lines.length && blocks.push({ height: heightOf(lines), draw: (top) => drawCentredLines(page, lines, top) });
    textBlock([
      { text: t("heading"), font: bold, size: 24 },
      { text: t("certifies"), font: regular, size: 12, color: GREY, gap: 14 },
      { text: c.learnerName, font: bold, size: 28, gap: 12 },
      { text: t("organisation", { organisation: c.organisationName }), font: regular, size: 13, gap: 8 },
    ]);
    textBlock([
      { text: t("completedCourse"), font: regular, size: 12, color: GREY },
      { text: c.courseTitle, font: bold, size: 17, gap: 8 },
    ]);
    textBlock(topicLines(t, c.topics, regular, bold));

    // Even gaps between the blocks (none wider than 36 points), the whole stack centred in its space: the page
    // looks composed with or without a logo or topics.
    const used = blocks.reduce((sum, b) => sum + b.height, 0);
    const room = STACK_TOP - STACK_BOTTOM;
    const gap = blocks.length > 1 ? Math.max(6, Math.min(36, (room - used) / (blocks.length - 1))) : 0;
    let top = STACK_TOP - Math.max(0, (room - used - gap * (blocks.length - 1)) / 2);
    for (const block of blocks) {
      block.draw(top);
      top -= block.height + gap;
    }

    drawDetails(t, page, c, regular, bold);
    if (c.signatory) drawSignatory(t, page, c.signatory, regular, bold);
    drawVerification(t, page, c, regular, bold);
  }
  // No object streams: one compression fewer (~1 ms a certificate) for ~3 KB more in the file.
  return doc.save({ useObjectStreams: false });
}
