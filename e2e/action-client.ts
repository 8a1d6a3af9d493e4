import fs from "node:fs";
import { createRequire } from "node:module";
import type { APIRequestContext } from "@playwright/test";

const require = createRequire(import.meta.url);
// React's own reply encoder, from the copy Next ships, so these calls are byte for byte what a browser sends.
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

export type TActionFields = Record<string, string | string[] | File>;
export type TActionAnswer = {
  status: number;
  location: string | null;
  redirect: string | null;
  result: Record<string, unknown> | null;
  body: string;
};

type TManifest = { node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> };
const readManifest = () =>
  JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as TManifest;

/** The built server actions: "file#exportedName" → action id, from the production build's manifest. */
export function builtActions(): Map<string, string> {
  return new Map(
    Object.entries(readManifest().node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]),
  );
}

/** A page each action can be posted to (Next only runs an action from a page that uses it), dynamic segments filled with "x". */
export function builtActionPages(): Map<string, string> {
  return new Map(
    Object.values(readManifest().node).map((entry) => {
      const worker = Object.keys(entry.workers)[0]!;
      const path = worker
        .replace(/^app/, "")
        .replace(/\/\([^)]+\)/g, "")
        .replace(/\/page$/, "")
        .replace(/\[[^\]]+\]/g, "x");
      return [`${entry.filename}#${entry.exportedName}`, path || "/"];
    }),
  );
}

export function formOf(fields: TActionFields): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
  return form;
}

/** Reads an action's answer: its return value is row 1 of the Flight payload; a redirect comes as a header. */
export function readActionAnswer(status: number, headers: Record<string, string>, body: string): TActionAnswer {
  const row = body.split("\n").find((line) => line.startsWith("1:{"));
  let result: Record<string, unknown> | null = null;
  try {
    result = row ? (JSON.parse(row.slice(2)) as Record<string, unknown>) : null;
  } catch {
    result = null;
  }
  return {
    status,
    location: headers["location"] ?? null,
    redirect: headers["x-action-redirect"] ?? null,
    result,
    body,
  };
}

/** The body of an action call as the page's script sends it (a string is sent as it is, for malformed calls). */
export async function encodeActionCall(
  fields: TActionFields | FormData | string,
  previousState: unknown = { ok: false, message: null },
): Promise<FormData | string> {
  if (typeof fields === "string") return fields;
  return encodeReply([previousState, fields instanceof FormData ? fields : formOf(fields)]);
}

/** Calls a server action as the page's script would: (previousState, formData), posted to a page that uses it. */
export async function callAction(
  api: APIRequestContext,
  actionId: string,
  page: string,
  fields: TActionFields | FormData | string,
  previousState: unknown = { ok: false, message: null },
): Promise<TActionAnswer> {
  const body = await encodeActionCall(fields, previousState);
  const response = await api.post(page, {
    headers: { "Next-Action": actionId, Accept: "text/x-component" },
    ...(typeof body === "string" ? { data: body } : { multipart: body }),
    maxRedirects: 0,
  });
  return readActionAnswer(response.status(), response.headers(), await response.text());
}

/** Whether the action did what was asked (each action's state says so in its own words). */
export function succeeded(answer: TActionAnswer): boolean {
  const r = answer.result;
  return (
    answer.status === 200 &&
    (answer.redirect !== null || r?.ok === true || r?.sent === true || r?.stage === "preview" || r?.stage === "done")
  );
}
