/**
 * A chart's figures as a table, for screen readers (the drawing itself is aria-hidden): one row per label, one
 * column per series, with a caption saying what it is. Visually hidden, so it is in the page, not on the screen.
 */
export function ChartTable({
  caption,
  rowHeader,
  rows,
  columns,
}: {
  caption: string;
  rowHeader: string;
  rows: { label: string; cells: string[] }[];
  columns: string[];
}) {
  return (
    <div className="sr-only">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, n) => (
            <tr key={`${r.label}-${n}`}>
              <th scope="row">{r.label}</th>
              {r.cells.map((cell, i) => (
                <td key={columns[i] ?? i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
