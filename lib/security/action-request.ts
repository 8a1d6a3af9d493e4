/**
 * Screens server action requests before Next decodes them.
 *
 * Next answers a body that React cannot decode (bad JSON, dangling references, a body over the
 * size limit) with a 500. Every server action in this app takes (previousState, formData), so a
 * genuine request has one exact shape; anything else is refused here with a 4xx and a plain
 * message, before it reaches the decoder. The refusal is a code, which proxy.ts words in the request's language.
 */

import { MAX_ACTION_BODY_BYTES } from "./body-limit.js";

export { MAX_ACTION_BODY_BYTES };

export type TActionScreen =
  | { ok: true }
  | { ok: false; status: 400; code: "ACTION_UNREADABLE" }
  | { ok: false; status: 413; code: "ACTION_TOO_LARGE" };

const REFUSED = { ok: false, status: 400, code: "ACTION_UNREADABLE" } as const;
const TOO_LARGE = { ok: false, status: 413, code: "ACTION_TOO_LARGE" } as const;
const ACTION_ID = /^[0-9a-f]{2,128}$/;

/**
 * A previous-state value as React encodes it: plain JSON whose strings never start with "$"
 * (React escapes those as "$$…") except the marker for undefined.
 */
export function isPlainEncodedValue(value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (value === null || typeof value === "number" || typeof value === "boolean") return true;
  if (typeof value === "string") return !value.startsWith("$") || value.startsWith("$$") || value === "$undefined";
  if (Array.isArray(value)) return value.every((v) => isPlainEncodedValue(v, depth + 1));
  if (typeof value === "object") return Object.values(value).every((v) => isPlainEncodedValue(v, depth + 1));
  return false;
}

function parseJson(text: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof text !== "string") return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The root row of a script-driven call: [previousState, "$K1"], the form being field set 1. */
export function isActionReplyRoot(text: unknown): boolean {
  const parsed = parseJson(text);
  if (!parsed.ok || !Array.isArray(parsed.value) || parsed.value.length !== 2) return false;
  const [state, form] = parsed.value as [unknown, unknown];
  return (
    form === "$K1" &&
    (state === null || (typeof state === "object" && !Array.isArray(state))) &&
    isPlainEncodedValue(state)
  );
}

/**
 * The hidden fields of a form posted before its page's scripts ran: $ACTION_REF_n names a
 * reference whose row n:0 is {id, bound: "$@1"} and row n:1 is [previousState]. A bare $ACTION_ID_
 * (an action called with the form alone) is refused: no action here is written to be called that way.
 */
export function areFormActionFieldsValid(form: Map<string, unknown>): boolean {
  for (const [key, value] of form) {
    if (!key.startsWith("$ACTION_")) continue;
    if (key === "$ACTION_KEY") {
      if (typeof value !== "string" || value.length > 200) return false;
    } else if (key.startsWith("$ACTION_ID_")) {
      // What React renders for an action that takes only formData. Every action here takes (previousState,
      // formData), and their forms post $ACTION_REF_ instead; called this way, one would get the form as its
      // state and no form at all, and crash into a 500.
      return false;
    } else if (key.startsWith("$ACTION_REF_")) {
      const ref = key.slice("$ACTION_REF_".length);
      if (!/^\d{1,4}$/.test(ref)) return false;
      const head = parseJson(form.get(`$ACTION_${ref}:0`));
      const bound = parseJson(form.get(`$ACTION_${ref}:1`));
      if (!head.ok || typeof head.value !== "object" || head.value === null) return false;
      const { id, bound: boundRef, ...rest } = head.value as Record<string, unknown>;
      if (typeof id !== "string" || !ACTION_ID.test(id) || boundRef !== "$@1" || Object.keys(rest).length) return false;
      if (!bound.ok || !Array.isArray(bound.value) || bound.value.length !== 1 || !isPlainEncodedValue(bound.value))
        return false;
      const state = bound.value[0];
      if (state !== null && (typeof state !== "object" || Array.isArray(state))) return false;
    } else if (!/^\$ACTION_\d{1,4}:[01]$/.test(key)) {
      return false;
    }
  }
  return true;
}

type TActionRequest = {
  method: string;
  actionHeader: string | null;
  contentType: string | null;
  contentLength: string | null;
  /** Reads the body as form fields; rejects when the body is not a readable form. */
  readForm: () => Promise<Map<string, unknown>>;
};

/** Decides whether a request may reach Next's action decoder. Requests that are not actions pass. */
export async function screenActionRequest(request: TActionRequest): Promise<TActionScreen> {
  const multipart = (request.contentType ?? "").toLowerCase().startsWith("multipart/form-data");
  if (request.method !== "POST" || (!request.actionHeader && !multipart)) return { ok: true };
  if (Number(request.contentLength ?? 0) > MAX_ACTION_BODY_BYTES) return TOO_LARGE;
  if (request.actionHeader !== null && !ACTION_ID.test(request.actionHeader)) return REFUSED;
  // Every action here receives FormData, which React always sends as multipart.
  if (!multipart) return REFUSED;
  let form: Map<string, unknown>;
  try {
    form = await request.readForm();
  } catch {
    return REFUSED;
  }
  // No field of any form here can hold a NUL character, and PostgreSQL refuses to store or even compare one.
  for (const value of form.values()) if (typeof value === "string" && value.includes("\u0000")) return REFUSED;
  if (request.actionHeader !== null) return isActionReplyRoot(form.get("0")) ? { ok: true } : REFUSED;
  return areFormActionFieldsValid(form) ? { ok: true } : REFUSED;
}
