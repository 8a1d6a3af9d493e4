import { describe, expect, it } from "vitest";
import { areFormActionFieldsValid, isActionReplyRoot, screenActionRequest } from "./action-request";
import { readMultipartFields } from "./multipart";

const ID = "6027bd953ea6282d1b43621c7f59b41f96098f63ba";
const form = (entries: Record<string, string>) => async () => new Map(Object.entries(entries));
const action = (entries: Record<string, string>, overrides: Partial<Parameters<typeof screenActionRequest>[0]> = {}) =>
  screenActionRequest({
    method: "POST",
    actionHeader: ID,
    contentType: "multipart/form-data; boundary=x",
    contentLength: "100",
    readForm: form(entries),
    ...overrides,
  });

describe("server action requests", () => {
  it("lets through what React sends for (previousState, formData)", async () => {
    expect(
      await action({ "0": '[{"ok":false,"message":null,"fieldErrors":"$undefined"},"$K1"]', "1_email": "a@b.c" }),
    ).toEqual({ ok: true });
    expect(await action({ "0": '[{"rows":[{"name":"$$dollar"}]},"$K1"]' })).toEqual({ ok: true });
    expect(await action({ "0": '[null,"$K1"]' })).toEqual({ ok: true });
  });

  it("refuses bodies React could not have sent, with a 400 rather than a decoder crash", async () => {
    for (const root of [
      "garbage{{",
      '["$K1","$Q2"]',
      '[{"a":"$@1"},"$K1"]',
      '[{},"$K1","extra"]',
      '"$@1"',
      '[[],"$K1"]',
    ]) {
      expect(await action({ "0": root }), root).toMatchObject({ ok: false, status: 400 });
    }
    expect(await action({})).toMatchObject({ ok: false, status: 400 });
    expect(await action({ "0": '[{},"$K1"]' }, { contentType: "text/plain" })).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(await action({ "0": '[{},"$K1"]' }, { actionHeader: "not-hex!" })).toMatchObject({ ok: false, status: 400 });
    expect(await action({}, { readForm: () => Promise.reject(new Error("bad multipart")) })).toMatchObject({
      ok: false,
      status: 400,
    });
    // A NUL in any field: nothing here may hold one, and PostgreSQL fails the query that carries it.
    expect(await action({ "0": '[null,"$K1"]', "1_batchId": "abc\u0000def" })).toMatchObject({
      ok: false,
      status: 400,
    });
  });

  it("refuses a body over the limit before reading it", async () => {
    let read = false;
    const result = await action(
      {},
      { contentLength: String(4 * 1024 * 1024), readForm: async () => ((read = true), new Map()) },
    );
    expect(result).toMatchObject({ ok: false, status: 413 });
    expect(read).toBe(false);
  });

  it("leaves requests that are not actions alone", async () => {
    expect(
      await screenActionRequest({
        method: "POST",
        actionHeader: null,
        contentType: "application/json",
        contentLength: "10",
        readForm: form({}),
      }),
    ).toEqual({ ok: true });
    expect(
      await screenActionRequest({
        method: "GET",
        actionHeader: null,
        contentType: null,
        contentLength: null,
        readForm: form({}),
      }),
    ).toEqual({ ok: true });
  });
});

describe("forms posted before their scripts ran", () => {
  const valid = {
    $ACTION_REF_1: "",
    "$ACTION_1:0": `{"id":"${ID}","bound":"$@1"}`,
    "$ACTION_1:1": '[{"message":null,"sent":false}]',
    $ACTION_KEY: "k123",
    email: "a@b.c",
  };
  it("accepts the hidden fields React renders", () => {
    expect(areFormActionFieldsValid(new Map(Object.entries(valid)))).toBe(true);
    expect(areFormActionFieldsValid(new Map([["email", "x"]]))).toBe(true);
  });
  it("refuses tampered ones", () => {
    for (const [key, value] of [
      ["$ACTION_1:0", "garbage"],
      ["$ACTION_1:0", `{"id":"${ID}","bound":"$@2"}`],
      ["$ACTION_1:1", '["$@3"]'],
      ["$ACTION_1:1", "[1,2]"],
      ["$ACTION_REF_x", ""],
      ["$ACTION_OTHER", ""],
    ] as const) {
      expect(areFormActionFieldsValid(new Map(Object.entries({ ...valid, [key]: value }))), `${key}=${value}`).toBe(
        false,
      );
    }
    expect(areFormActionFieldsValid(new Map([["$ACTION_ID_zz", ""]]))).toBe(false);
    // An action called with the form alone would take the form for its previous state, and crash.
    expect(
      areFormActionFieldsValid(
        new Map([
          [`$ACTION_ID_${ID}`, ""],
          ["email", "x"],
        ]),
      ),
    ).toBe(false);
  });
  it("checks the root row shape", () => {
    expect(isActionReplyRoot('[{"ok":true},"$K1"]')).toBe(true);
    expect(isActionReplyRoot(undefined)).toBe(false);
  });
});

describe("reading a multipart body as Next will", () => {
  const body = (text: string) => new Blob([text]).stream();
  it("reads fields and notes files", async () => {
    const text =
      '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n[null,"$K1"]\r\n--b\r\nContent-Disposition: form-data; name="1_file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nname,email\r\n--b--\r\n';
    expect(await readMultipartFields("multipart/form-data; boundary=b", body(text), 1000)).toEqual(
      new Map([
        ["0", '[null,"$K1"]'],
        ["1_file", "[file]"],
      ]),
    );
  });
  it("rejects a malformed part header, which would otherwise crash Next's decoder", async () => {
    const text = '--b\r\nContent-Disposition: form-data; name="a\u0001"\r\n\r\nx\r\n--b--\r\n';
    await expect(readMultipartFields("multipart/form-data; boundary=b", body(text), 1000)).rejects.toThrow();
    await expect(readMultipartFields("multipart/form-data", body(text), 1000)).rejects.toThrow();
    await expect(readMultipartFields("multipart/form-data; boundary=b", body("--b\r\nno end"), 1000)).rejects.toThrow();
  });
});
