import { DataTable } from "@/components/ui/data-table";
import type { TPreviewRow } from "@/lib/imports/plan";
import { describeProblems } from "@/lib/imports/problems";

/** The rows of an uploaded file that would be imported, or were rejected and why. */
export function RowsTable({
  rows,
  caption,
  showReasons,
}: {
  rows: TPreviewRow[];
  caption: string;
  showReasons: boolean;
}) {
  return (
    <div className="overflow-x-auto">
      <DataTable
        caption={caption}
        captionClassName="py-2 text-left font-semibold"
        columns={[
          { key: "line", header: "Line", className: "py-1" },
          { key: "name", header: "Name" },
          { key: "email", header: "Email" },
          { key: "groups", header: "Groups" },
          { key: "due", header: "Due" },
          { key: "outcome", header: showReasons ? "Why it was rejected" : "What will happen" },
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
                describeProblems(r.reasons)
              ) : r.action === "create" ? (
                "Create"
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
