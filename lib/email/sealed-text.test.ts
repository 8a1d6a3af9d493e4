import { describe, expect, it } from "vitest";
import { openSealedText, sealText } from "./sealed-text";
import { hasSingleUseLink, LINK_NOT_STORED, redactSingleUseLinks } from "./single-use-links";

const SECRET = "a-test-secret-of-at-least-32-characters-long";
const TOKEN = "A".repeat(20) + "b_-".repeat(7) + "z".repeat(2);

describe("sealed email text", () => {
  it("opens with the same secret, and the sealed form does not contain the text", () => {
    const text = `Hello,\nhttps://training.example.org/invite/${TOKEN}\n`;
    const sealed = sealText(text, SECRET);
    expect(sealed).not.toContain(TOKEN);
    expect(openSealedText(sealed, SECRET)).toBe(text);
    expect(sealText(text, SECRET)).not.toBe(sealed); // a fresh IV each time
  });

  it("refuses another secret, an altered body and garbage, without throwing", () => {
    const sealed = sealText("hello", SECRET);
    expect(openSealedText(sealed, `${SECRET}-changed`)).toBeNull();
    const [v, iv, tag, body] = sealed.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(openSealedText([v, iv, tag, flipped.toString("base64url")].join("."), SECRET)).toBeNull();
    expect(openSealedText("not sealed at all", SECRET)).toBeNull();
    expect(openSealedText("v1.a.b.c.d", SECRET)).toBeNull();
  });
});

describe("single-use links", () => {
  it("redacts invitation and reset links on any host, and leaves other links alone", () => {
    const text = [
      `Join: http://127.0.0.1:3110/invite/${TOKEN}`,
      `Reset: https://training.example.org/sub/path/reset-password/${TOKEN}.`,
      "Course: https://training.example.org/course",
    ].join("\n");
    expect(hasSingleUseLink(text)).toBe(true);
    const redacted = redactSingleUseLinks(text);
    expect(redacted).not.toContain(TOKEN);
    expect(redacted).toBe(
      [`Join: ${LINK_NOT_STORED}`, `Reset: ${LINK_NOT_STORED}.`, "Course: https://training.example.org/course"].join(
        "\n",
      ),
    );
    expect(hasSingleUseLink(redacted)).toBe(false);
    expect(hasSingleUseLink("see https://training.example.org/course")).toBe(false);
  });
});
