/**
 * A cell made safe for spreadsheets: text starting with =, +, -, @ (or a tab or carriage return)
 * would run as a formula in Excel or Sheets, so it is prefixed with an apostrophe.
 */
export function neutraliseCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
