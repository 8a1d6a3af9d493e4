// Any audit details (stored as JSON) as text a person reads: "Certificates revoked: 2", never braces and quotes.

/** "certificatesRevoked" → "Certificates revoked", "due_date" → "Due date". */
export function labelOf(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[-_.]+/g, " ")
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : "Value";
}

/** One value in words: Yes/No, "none" for empty, lists joined by commas, nested objects as "label: value; …". */
export function readableValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "none";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return Number.isFinite(value) ? value.toLocaleString("en-GB") : "none";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.length ? value.map(readableValue).join(", ") : "none";
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length ? entries.map(([k, v]) => `${labelOf(k)}: ${readableValue(v)}`).join("; ") : "none";
  }
  return String(value);
}

/** Each top-level detail as a label and its value in words. */
export function readableDetails(details: Record<string, unknown>): { label: string; value: string }[] {
  return Object.entries(details).map(([key, value]) => ({ label: labelOf(key), value: readableValue(value) }));
}
