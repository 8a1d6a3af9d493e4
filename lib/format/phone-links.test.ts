import { describe, expect, it } from "vitest";
import { splitPhoneNumbers } from "./phone-links";

const HELPLINES = ["999", "0800 1111", "0808 800 5000", "116 123"];

describe("splitPhoneNumbers", () => {
  it("finds each helpline number in a sentence and gives it a dialable tel: link", () => {
    expect(splitPhoneNumbers("Call Samaritans free on 116 123, or 999 in an emergency.", HELPLINES)).toEqual([
      { kind: "text", text: "Call Samaritans free on " },
      { kind: "phone", text: "116 123", href: "tel:116123" },
      { kind: "text", text: ", or " },
      { kind: "phone", text: "999", href: "tel:999" },
      { kind: "text", text: " in an emergency." },
    ]);
  });

  it("matches a number written with a non-breaking space, and a number at the very start or end", () => {
    expect(splitPhoneNumbers("0800\u00a01111", HELPLINES)).toEqual([
      { kind: "phone", text: "0800\u00a01111", href: "tel:08001111" },
    ]);
    expect(splitPhoneNumbers("Childline: 0800 1111", HELPLINES).at(-1)).toEqual({
      kind: "phone",
      text: "0800 1111",
      href: "tel:08001111",
    });
  });

  it("leaves figures that merely contain a helpline number alone", () => {
    for (const text of ["In 1999 there were 9,999 reports.", "It rose 999.5 times", "Ref 0800 11112", "+999"])
      expect(splitPhoneNumbers(text, HELPLINES)).toEqual([{ kind: "text", text }]);
  });

  it("returns the text whole when there is nothing to link", () => {
    expect(splitPhoneNumbers("Take a break if you need one.", HELPLINES)).toEqual([
      { kind: "text", text: "Take a break if you need one." },
    ]);
    expect(splitPhoneNumbers("", HELPLINES)).toEqual([{ kind: "text", text: "" }]);
    expect(splitPhoneNumbers("Call 999", [])).toEqual([{ kind: "text", text: "Call 999" }]);
  });
});
