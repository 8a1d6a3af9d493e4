import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { drawCertificatesPdf, type TCertificatePdfData } from "./pdf";
import { certificatePdfDigest, createPdfCache, getCertificatePdf } from "./pdf-cache";

// The real drawing, counted: a kept PDF is one that was not drawn again.
vi.mock("./pdf", async (importOriginal) => {
  const real = await importOriginal<typeof import("./pdf")>();
  return { ...real, drawCertificatesPdf: vi.fn(real.drawCertificatesPdf) };
});
const drawings = () => vi.mocked(drawCertificatesPdf).mock.calls.length;

const cert: TCertificatePdfData = {
  locale: "en-GB",
  number: "SG-7K3M-9QXD-2HFA-CACH",
  // Welsh, Polish, Irish and Cyrillic letters: DejaVu draws them, and they must survive being kept.
  learnerName: "Siân Ŵyn-Ŷates Żółkiewska",
  organisationName: "Ysgol Gynradd Llanfair Ó Súilleabháin",
  courseTitle: "Online child sexual abuse: recognise, respond, report",
  courseVersion: "2026.11.0",
  completedAt: new Date("2026-11-22T10:00:00Z"),
  expiresAt: new Date("2027-11-22T10:00:00Z"),
  cpdMinutes: 95,
  scorePercent: 92,
  verifyUrl: "https://training.example/verify/SG-7K3M-9QXD-2HFA-CACH",
  signatory: { name: "Анна Иванова", role: "Designated safeguarding lead" },
  logo: {
    bytes: new Uint8Array(
      Buffer.from(
        "iVBORw0KGgoAAAANSUhEUgAAADwAAAAYCAIAAAApowkFAAAAP0lEQVR4nO3OQREAMAjEQJQgpBJruvXA4ziYZCJg4w0sugGVQKtagc5zDQcNGrTBoEGDNhg06Dp6RKBVgVb1ATk/DfI1L+edAAAAAElFTkSuQmCC",
        "base64",
      ),
    ),
    type: "image/png",
  },
  topics: ["Grooming online", "Sextortion: blackmail with images", "Report Remove"],
};

// pdftotext (Debian's poppler-utils) reads the PDF as a person's PDF reader would.
function textOf(pdf: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cert-cache-")), "c.pdf");
  fs.writeFileSync(file, pdf);
  return spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).stdout;
}

describe("getCertificatePdf", () => {
  it("hands a second download the very file the first one drew, which reads as the certificate", async () => {
    const before = drawings();
    const first = await getCertificatePdf(cert);
    // A copy, as a second request reads it from the database afresh.
    const second = await getCertificatePdf(structuredClone(cert));
    expect(drawings() - before).toBe(1);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const text = textOf(second);
    for (const expected of [
      cert.learnerName,
      `of ${cert.organisationName}`,
      "Анна Иванова",
      cert.number,
      "22 November 2027",
      cert.verifyUrl,
    ])
      expect(text).toContain(expected);
  });

  it("keeps nothing from a drawing that failed: the next download draws again and succeeds", async () => {
    const failing = { ...cert, number: "SG-FAIL-ONCE-2HFA-CACH", learnerName: "Ffion Failing" };
    vi.mocked(drawCertificatesPdf).mockRejectedValueOnce(new Error("out of memory while drawing"));
    const before = drawings();
    await expect(getCertificatePdf(failing)).rejects.toThrow("out of memory while drawing");
    const retried = await getCertificatePdf(structuredClone(failing));
    expect(drawings() - before).toBe(2);
    expect(textOf(retried)).toContain("Ffion Failing");
  });

  it("draws anew when anything printed changes: a corrected name, a renamed organisation, a new signatory", async () => {
    const before = await getCertificatePdf(cert);
    const drawn = drawings();
    const corrected = await getCertificatePdf({ ...cert, learnerName: "Siân Ŵyn-Ŷates Kowalska" });
    expect(textOf(corrected)).toContain("Siân Ŵyn-Ŷates Kowalska");
    expect(textOf(corrected)).not.toContain("Żółkiewska");

    const renamed = textOf(await getCertificatePdf({ ...cert, organisationName: "Ysgol Gymraeg Aberystwyth" }));
    expect(renamed).toContain("of Ysgol Gymraeg Aberystwyth");
    expect(renamed).not.toContain("Llanfair");

    const signed = textOf(await getCertificatePdf({ ...cert, signatory: { name: "Tom Okafor", role: null } }));
    expect(signed).toContain("Tom Okafor");
    expect(signed).not.toContain("Анна Иванова");

    expect(drawings() - drawn).toBe(3);
    // The original is still kept, and still the original.
    expect(Buffer.from(await getCertificatePdf(cert)).equals(Buffer.from(before))).toBe(true);
    expect(drawings() - drawn).toBe(3);
  });
});

describe("certificatePdfDigest", () => {
  it("is the same for equal contents and differs for any change to what is drawn", () => {
    const digest = certificatePdfDigest(cert);
    expect(certificatePdfDigest(structuredClone(cert))).toBe(digest);
    const bytes = cert.logo!.bytes;
    const oneBitOff = Uint8Array.from(bytes, (b, i) => (i === bytes.length - 1 ? b ^ 1 : b));
    const changed: TCertificatePdfData[] = [
      { ...cert, learnerName: "Sian Wyn-Yates Zolkiewska" },
      // The holder chose Welsh (or their organisation made it its default): a Welsh PDF, not the kept English one.
      { ...cert, locale: "cy" },
      { ...cert, organisationName: `${cert.organisationName} ` },
      { ...cert, completedAt: new Date("2026-11-22T10:00:01Z") },
      { ...cert, scorePercent: 93 },
      { ...cert, verifyUrl: "https://other.example/verify/SG-7K3M-9QXD-2HFA-CACH" },
      { ...cert, signatory: { name: "Анна Иванова", role: null } },
      { ...cert, signatory: null },
      { ...cert, logo: { ...cert.logo!, bytes: oneBitOff } },
      { ...cert, logo: null },
      { ...cert, topics: [...cert.topics].reverse() },
      // The same characters split differently: still a different page.
      { ...cert, topics: ["Grooming onlin", "eSextortion: blackmail with images", "Report Remove"] },
    ];
    const digests = changed.map((c) => certificatePdfDigest(c));
    for (const other of digests) expect(other).not.toBe(digest);
    expect(new Set(digests).size).toBe(digests.length);
    // A new drawing code version never reuses a PDF the old one drew.
    expect(certificatePdfDigest(cert, 999)).not.toBe(digest);
  });
});

describe("createPdfCache", () => {
  const pdf = (size: number, fill: number) => new Uint8Array(size).fill(fill);

  it("keeps no more than its bound in bytes, letting the least recently used go first", () => {
    const cache = createPdfCache(100);
    cache.set("a", pdf(40, 1));
    cache.set("b", pdf(40, 2));
    expect(cache.get("a")?.[0]).toBe(1); // a is now the more recently used
    cache.set("c", pdf(40, 3));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")?.[0]).toBe(1);
    expect(cache.get("c")?.[0]).toBe(3);
    expect(cache.bytes).toBe(80);

    cache.set("d", pdf(90, 4)); // room only for itself
    expect([cache.get("a"), cache.get("c")]).toEqual([undefined, undefined]);
    expect(cache.get("d")?.[0]).toBe(4);
    expect(cache.bytes).toBe(90);
  });

  it("does not keep a PDF larger than the whole bound, nor count a replaced one twice", () => {
    const cache = createPdfCache(100);
    cache.set("a", pdf(60, 1));
    cache.set("huge", pdf(101, 9));
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.get("a")?.[0]).toBe(1);
    cache.set("a", pdf(70, 2));
    expect(cache.bytes).toBe(70);
    expect(cache.get("a")?.[0]).toBe(2);
  });
});
