import { stringify } from "csv-stringify/sync";

/**
 * A staff list to fill in, in the columns an import reads (see readImportCsv): the header, then two example rows
 * using the organisation's own group names where it has them, so the file imports as it stands once the examples
 * are replaced. Starts with a byte-order mark so Excel opens it as UTF-8 (names like Zoë keep their letters).
 */
export function importTemplateCsv(groupNames: readonly string[]): string {
  const [first, second] = groupNames;
  const rows = [
    ["name", "email", "group", "due date"],
    ["Alex Example", "alex.example@your-school.example", first ?? "", "31/01/2027"],
    ["Sam Sample", "sam.sample@your-school.example", [first, second].filter(Boolean).join(";"), ""],
  ];
  return `\uFEFF${stringify(rows)}`;
}
