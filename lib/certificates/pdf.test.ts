import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument, PDFName, PDFDict } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { drawCertificatesPdf, type TCertificatePdfData } from "./pdf";
import { DSL_ROLE } from "./signatory-choice";

// A 60 × 24 PNG: a dark bar on white.
const LOGO_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAADwAAAAYCAIAAAApowkFAAAAP0lEQVR4nO3OQREAMAjEQJQgpBJruvXA4ziYZCJg4w0sugGVQKtagc5zDQcNGrTBoEGDNhg06Dp6RKBVgVb1ATk/DfI1L+edAAAAAElFTkSuQmCC",
  "base64",
);

const cert: TCertificatePdfData = {
  locale: "en-GB",
  number: "SG-7K3M-9QXD-2HFA-TW8P",
  learnerName: "Zoë Łukasiewicz-O'Brien",
  organisationName: "Oakfield Primary School",
  courseTitle: "Online child sexual abuse: recognise, respond, report",
  courseVersion: "2026.11.0",
  completedAt: new Date("2026-11-22T10:00:00Z"),
  expiresAt: new Date("2027-11-22T10:00:00Z"),
  cpdMinutes: 95,
  scorePercent: 92,
  verifyUrl: "https://training.example/verify/SG-7K3M-9QXD-2HFA-TW8P",
  signatory: { name: "Priya Raman", role: "Designated safeguarding lead" },
  logo: { bytes: new Uint8Array(LOGO_PNG), type: "image/png" },
  topics: [
    "The scale of online child sexual abuse image crime",
    "Grooming online",
    "Sextortion: blackmail with images",
    "Report Remove: helping a young person get an image taken down",
    "Childline and other help",
    "The law, the regulator and the platforms",
    "Responding well: final assessment",
  ],
};

// pdftotext (Debian's poppler-utils) reads the PDF as a person's PDF reader would; .ci/run installs it.
async function textOf(certificate: TCertificatePdfData, mode: "-layout" | "-bbox" = "-layout"): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cert-")), "c.pdf");
  fs.writeFileSync(file, await drawCertificatesPdf([certificate]));
  return spawnSync("pdftotext", [mode, file, "-"], { encoding: "utf8" }).stdout;
}

/** Each word's top edge, from the top of the page, as pdftotext -bbox gives it. */
function wordTops(bbox: string): { word: string; top: number; bottom: number }[] {
  return [...bbox.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
    (m) => ({ word: m[3]!, top: Number(m[1]), bottom: Number(m[2]) }),
  );
}

describe("drawCertificatesPdf", () => {
  it("draws one A4 landscape page per certificate", async () => {
    const bytes = await drawCertificatesPdf([cert, { ...cert, number: "SG-AAAA-BBBB-CCCC-DDDD" }]);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(2);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
  });

  it("puts the name, with its accents, the number, the dates and the CPD time in the text", async () => {
    const text = await textOf(cert);
    for (const expected of [
      cert.learnerName,
      cert.number,
      "22 November 2026",
      "22 November 2027",
      "1 hour 35 minutes",
      "92%",
      cert.verifyUrl,
    ])
      expect(text).toContain(expected);
  });

  it("names the issuing organisation and its signatory, and lists every topic whole", async () => {
    const text = await textOf(cert);
    expect(text).toContain(`of ${cert.organisationName}`);
    expect(text).toContain("Priya Raman");
    expect(text).toContain("Designated safeguarding lead");
    expect(text).toContain("Topics covered");
    for (const topic of cert.topics) expect(text).toContain(topic);
  });

  it("prints no signature block when nobody signs, and no topics heading without topics", async () => {
    const text = await textOf({ ...cert, signatory: null, topics: [] });
    expect(text).not.toContain("Priya Raman");
    expect(text).not.toContain("Designated safeguarding lead");
    expect(text).not.toContain("Topics covered");
    expect(text).toContain(cert.verifyUrl);
  });

  it("prints a role-less signatory with their name alone", async () => {
    const text = await textOf({ ...cert, signatory: { name: "Tom Okafor", role: null } });
    expect(text).toContain("Tom Okafor");
  });

  it("embeds the logo once however many certificates share it, and still draws a page whose logo is unreadable", async () => {
    const doc = await PDFDocument.load(
      await drawCertificatesPdf([cert, { ...cert, number: "SG-AAAA-BBBB-CCCC-DDDD" }]),
    );
    const images = doc.context
      .enumerateIndirectObjects()
      .filter(
        ([, o]) =>
          o instanceof Object && "dict" in o && (o.dict as PDFDict).get(PDFName.of("Subtype")) === PDFName.of("Image"),
      );
    expect(images).toHaveLength(1);
    const broken = {
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
      type: "image/png" as const,
    };
    expect(await textOf({ ...cert, logo: broken })).toContain(cert.number);
  });

  it("fills the page from top to bottom, everything inside the border and the topics above the details", async () => {
    for (const variant of [cert, { ...cert, logo: null, signatory: null }]) {
      const words = wordTops(await textOf(variant, "-bbox"));
      const tops = words.map((w) => w.top);
      const bottoms = words.map((w) => w.bottom);
      // Inside the inner border (32 points from each edge), and spread over the page rather than its top half.
      expect(Math.min(...tops)).toBeGreaterThan(40);
      expect(Math.max(...bottoms)).toBeLessThan(595 - 40);
      expect(Math.min(...tops)).toBeLessThan(130);
      expect(Math.max(...bottoms)).toBeGreaterThan(520);
      const lastTopic = Math.max(...words.filter((w) => w.word === "assessment").map((w) => w.bottom));
      const details = Math.min(...words.filter((w) => w.word === "Completed").map((w) => w.top));
      expect(lastTopic).toBeLessThan(details);
    }
  });

  it("is in Welsh for a Welsh holder: its words, Welsh month names, and Welsh letters that read back as written", async () => {
    const welsh: TCertificatePdfData = {
      ...cert,
      locale: "cy",
      learnerName: "Siân Ŵyn ap Gruffydd",
      organisationName: "Ysgol Gynradd Bryn Ŷd",
      signatory: { name: "Gwenllïan Môn", role: DSL_ROLE },
    };
    const text = await textOf(welsh);
    for (const expected of [
      "TYSTYSGRIF CWBLHAU",
      "Mae hyn yn tystio bod",
      "Siân Ŵyn ap Gruffydd",
      "Ysgol Gynradd Bryn Ŷd",
      "wedi cwblhau'r cwrs diogelu yn llwyddiannus",
      "Pynciau a gwmpaswyd",
      "Cwblhawyd",
      "Yn ddilys tan",
      "22 Tachwedd 2026",
      "22 Tachwedd 2027",
      "Amser DPP",
      "Sgôr",
      "Rhif y dystysgrif",
      "Fersiwn y cynnwys 2026.11.0",
      "Gwiriwch fod y dystysgrif hon yn un go iawn ac yn gyfredol:",
      "Gwenllïan Môn",
      "Person diogelu dynodedig",
      cert.number,
      cert.verifyUrl,
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/1 awr,? 35 munud/);
    expect(text).not.toMatch(/CERTIFICATE|This certifies|Completed|Valid until|November|Designated|Topics covered/);
    const doc = await PDFDocument.load(await drawCertificatesPdf([welsh]));
    expect(doc.getTitle()).toBe(`Tystysgrif ${cert.number}`);
  });

  it("prints each page of a bulk PDF in its own holder's language", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cert-")), "bulk.pdf");
    const bytes = await drawCertificatesPdf([cert, { ...cert, locale: "cy", number: "SG-AAAA-BBBB-CCCC-DDDD" }]);
    fs.writeFileSync(file, bytes);
    const page = (n: number) =>
      spawnSync("pdftotext", ["-f", String(n), "-l", String(n), "-layout", file, "-"], { encoding: "utf8" }).stdout;
    expect(page(1)).toContain("CERTIFICATE OF COMPLETION");
    expect(page(1)).not.toContain("TYSTYSGRIF");
    expect(page(2)).toContain("TYSTYSGRIF CWBLHAU");
    expect(page(2)).toContain("22 Tachwedd 2026");
    // A mixed batch's own title is in English.
    expect((await PDFDocument.load(bytes)).getTitle()).toBe("2 certificates");
  });
});
