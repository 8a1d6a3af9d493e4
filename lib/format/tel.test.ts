import { describe, expect, it } from "vitest";
import { telHref } from "./tel";

describe("telHref", () => {
  it("keeps only what a phone dials", () => {
    expect(telHref("0800 1111")).toBe("tel:08001111");
    expect(telHref("01632 960001")).toBe("tel:01632960001");
    expect(telHref("+44 1632 960001")).toBe("tel:+441632960001");
    expect(telHref("999")).toBe("tel:999");
  });

  it('drops the "(0)" written after +44, which is not dialled', () => {
    expect(telHref("+44 (0)1632 960001")).toBe("tel:+441632960001");
    expect(telHref("+44 ( 0 ) 20 7946 0000")).toBe("tel:+442079460000");
  });
});
