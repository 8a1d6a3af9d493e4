import { describe, expect, it } from "vitest";
import { MAX_CONTACTS } from "./contact-kinds";
import {
  applyContactsIntent,
  BLANK_CONTACT,
  echoContactDrafts,
  readContactDrafts,
  readContactsIntent,
} from "./contact-drafts";

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};

describe("the contacts form's rows", () => {
  it("reads the numbered rows in order, skipping numbers not sent", () => {
    const rows = readContactDrafts(
      form({ "kind-0": "DSL", "name-0": "Dana Lead", "phone-0": "01234 567890", "name-2": "Lee", "phone-2": "999" }),
    );
    expect(rows).toEqual([
      { kind: "DSL", name: "Dana Lead", phone: "01234 567890", email: "", notes: "" },
      { kind: "", name: "Lee", phone: "999", email: "", notes: "" },
    ]);
  });

  it("reads one row more than may be kept, so too many are noticed, and no further", () => {
    const fields: Record<string, string> = {};
    for (let i = 0; i < MAX_CONTACTS + 5; i++) fields[`name-${i}`] = `Person ${i}`;
    expect(readContactDrafts(form(fields))).toHaveLength(MAX_CONTACTS + 1);
  });

  it("adds a blank row up to the limit, removes a row, and always leaves one", () => {
    const one = [{ ...BLANK_CONTACT, name: "Dana" }];
    expect(applyContactsIntent(readContactsIntent("add"), one)).toEqual([one[0], BLANK_CONTACT]);
    const full = Array.from({ length: MAX_CONTACTS }, () => one[0]!);
    expect(applyContactsIntent({ is: "add" }, full)).toHaveLength(MAX_CONTACTS);
    expect(applyContactsIntent(readContactsIntent("remove-0"), one)).toEqual([BLANK_CONTACT]);
    expect(readContactsIntent("remove-x")).toEqual({ is: "save" });
    expect(readContactsIntent(null)).toEqual({ is: "save" });
  });

  it("sends back no more than each field holds", () => {
    expect(echoContactDrafts([{ ...BLANK_CONTACT, name: "x".repeat(5000) }])[0]!.name).toHaveLength(120);
  });
});
