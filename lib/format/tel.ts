/**
 * A number as a phone dials it from a `tel:` link: digits and a leading +, nothing else. A UK number written
 * "+44 (0)1632 960001" drops the bracketed 0, which is not dialled after +44 (many phones would fail with it).
 */
export function telHref(phone: string): string {
  const international = phone.trim().startsWith("+");
  const withoutTrunkZero = phone.replace(/\(\s*0\s*\)/g, "");
  const digits = withoutTrunkZero.replace(/\D/g, "");
  return `tel:${international ? "+" : ""}${digits}`;
}
