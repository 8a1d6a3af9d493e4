import { DataTable } from "@/components/ui/data-table";
import type { TLocale } from "@/lib/i18n/locales";
import type { TPreviewRow } from "@/lib/imports/plan";
import { describeProblems } from "@/lib/imports/problems";

/** The rows of an uploaded file that would be imported, or were rejected and why (in the page's language, `locale`). */
export type TRowsTableLabels = Record<
  "line" | "name" | "email" | "groups" | "due" | "whyRejected" | "whatHappens" | "create",
  string
> & { locale: TLocale };

export function RowsTable({
  rows,
  caption,
  showReasons,
  labels: l,
}: {
  rows: TPreviewRow[];
  caption: string;
  showReasons: boolean;
  labels: TRowsTableLabels;
}) {
  return (
    <div className="overflow-x-auto">
      <DataTable
        caption={caption}
        captionClassName="py-2 text-left font-semibold"
        columns={[
          { key: "line", header: l.line, className: "py-1" },
          { key: "name", header: l.name },
          { key: "email", header: l.email },
          { key: "groups", header: l.groups },
          { key: "due", header: l.due },
          { key: "outcome", header: showReasons ? l.whyRejected : l.whatHappens },
        ]}
        rowCount={rows.length}
      >
        {rows.map((r) => (
          <tr key={r.line} className="border-b border-slate-100 align-top">
            <td className="py-1">{r.line}</td>
            <td>{r.name}</td>
            <td className="break-all">{r.email}</td>
            <td>{r.groups.join("; ")}</td>
            <td>{r.dueDate ?? ""}</td>
            <td className={showReasons ? "text-red-800" : ""}>
              {showReasons ? (
                describeProblems(r.reasons, l.locale)
              ) : r.action === "create" ? (
                l.create
              ) : (
                <ul data-testid="import-changes">
                  {r.changes.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
