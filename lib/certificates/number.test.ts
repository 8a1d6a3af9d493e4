import { describe, expect, it } from "vitest";
import { generateCertificateNumber, normaliseCertificateNumber } from "./number";

describe("certificate numbers", () => {
  it("are well-formed and never repeat", () => {
    const numbers = Array.from({ length: 2000 }, generateCertificateNumber);
    for (const n of numbers) expect(normaliseCertificateNumber(n)).toBe(n);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it("accept what people type: lower case, spaces, no dashes, O for zero and I or L for one", () => {
    expect(normaliseCertificateNumber("sg 7k3m 9qxd 2hfa tw8p")).toBe("SG-7K3M-9QXD-2HFA-TW8P");
    expect(normaliseCertificateNumber("7K3M9QXD2HFATW8P")).toBe("SG-7K3M-9QXD-2HFA-TW8P");
    expect(normaliseCertificateNumber("SG-7K3M-9QXD-2HFA-TWOP")).toBe("SG-7K3M-9QXD-2HFA-TW0P");
    expect(normaliseCertificateNumber("SG-7K3M-9QXD-2HFA-TWLP")).toBe("SG-7K3M-9QXD-2HFA-TW1P");
  });

  it("reject anything else", () => {
    for (const bad of ["", "SG-123", "SG-7K3M-9QXD-2HFA-TW8PX", "<script>", "SG-7K3M-9QXD-2HFA-TW8U", "x".repeat(1000)])
      expect(normaliseCertificateNumber(bad)).toBeNull();
  });
});
