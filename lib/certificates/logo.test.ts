import { describe, expect, it } from "vitest";
import { fitWithin, logoDataUrl, logoTypeOf, storedLogo } from "./logo";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

describe("logoTypeOf", () => {
  it("knows a PNG and a JPEG by their first bytes", () => {
    expect(logoTypeOf(PNG)).toBe("image/png");
    expect(logoTypeOf(JPEG)).toBe("image/jpeg");
  });

  it("refuses anything else, whatever it is called", () => {
    expect(logoTypeOf(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(logoTypeOf(new TextEncoder().encode("GIF89a"))).toBeNull();
    expect(logoTypeOf(new Uint8Array([0x25, 0x50, 0x44, 0x46]))).toBeNull(); // %PDF
    expect(logoTypeOf(new Uint8Array())).toBeNull();
    expect(logoTypeOf(PNG.slice(0, 8))).toBeNull(); // the signature and nothing after it
  });
});

describe("storedLogo", () => {
  it("gives back a logo whose bytes match its stored type, and nothing otherwise", () => {
    expect(storedLogo(PNG, "image/png")).toEqual({ bytes: PNG, type: "image/png" });
    expect(storedLogo(PNG, "image/jpeg")).toBeNull();
    expect(storedLogo(null, "image/png")).toBeNull();
    expect(storedLogo(PNG, null)).toBeNull();
  });
});

describe("logoDataUrl", () => {
  it("inlines the bytes with their type", () => {
    expect(logoDataUrl({ bytes: JPEG, type: "image/jpeg" })).toBe("data:image/jpeg;base64,/9j/4AAQ");
  });
});

describe("fitWithin", () => {
  it("scales a wide or a tall image down into the box, keeping its shape", () => {
    expect(fitWithin(1000, 250, 200, 50)).toEqual({ width: 200, height: 50 });
    expect(fitWithin(100, 400, 200, 50)).toEqual({ width: 12.5, height: 50 });
  });

  it("never enlarges a small image, and copes with an empty one", () => {
    expect(fitWithin(60, 24, 200, 50)).toEqual({ width: 60, height: 24 });
    expect(fitWithin(0, 10, 200, 50)).toEqual({ width: 0, height: 0 });
  });
});
