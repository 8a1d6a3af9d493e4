/** A page number from a URL: a whole number from 1 to 100,000, else 1. ("3.14" or "1e308" must not reach the database.) */
export function readPageNumber(value: unknown): number {
  const n = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.min(100_000, Math.max(1, n));
}
