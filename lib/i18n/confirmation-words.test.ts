import { describe, expect, it } from "vitest";
import { messageFor } from "../errors";
import { acceptedConfirmationWords, confirmationWord } from "./confirmation-words";
import { LOCALES } from "./locales";

describe("typed confirmation words", () => {
  it("accept each shipped language's word, whichever language the reader has now", () => {
    expect(acceptedConfirmationWords("erase")).toEqual(["ERASE", "DILEU"]);
    expect(acceptedConfirmationWords("revoke")).toEqual(["REVOKE", "DIRYMU"]);
  });

  it("give the word a page in that language asks for", () => {
    expect(confirmationWord("erase", "cy")).toBe("DILEU");
    expect(confirmationWord("revoke", "en-GB")).toBe("REVOKE");
  });

  it("are the words the refusals tell a reader to type, in the reader's language", () => {
    for (const locale of LOCALES) {
      const erase = confirmationWord("erase", locale);
      const revoke = confirmationWord("revoke", locale);
      expect(messageFor("NOTHING_ERASED", {}, locale)).toContain(erase);
      expect(messageFor("FIELD_TYPE_ERASE", {}, locale)).toContain(erase);
      expect(messageFor("NOTHING_REVOKED", {}, locale)).toContain(revoke);
      expect(messageFor("FIELD_TYPE_REVOKE", {}, locale)).toContain(revoke);
    }
  });
});
