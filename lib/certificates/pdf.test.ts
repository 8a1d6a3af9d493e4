import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { drawCertificatesPdf, type TCertificatePdfData } from "./pdf";

const cert: TCertificatePdfData = {
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
};

// pdftotext (Debian's poppler-utils) reads the PDF as a person's PDF reader would; .ci/run installs it.

describe("drawCertificatesPdf", () => {
  it("draws one A4 landscape page per certificate", async () => {
    const bytes = await drawCertificatesPdf([cert, { ...cert, number: "SG-AAAA-BBBB-CCCC-DDDD" }]);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(2);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
  });

  it("puts the name, with its accents, the number, the dates and the CPD time in the text", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cert-")), "c.pdf");
    fs.writeFileSync(file, await drawCertificatesPdf([cert]));
    const text = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).stdout;
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
});
