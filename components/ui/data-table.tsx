import type { ReactNode } from "react";

export type TColumn = {
  /** The header cell's content: usually text, or a sort link. */
  header: ReactNode;
  key: string;
  className?: string;
};

type TDataTableProps = {
  /** Names the table for screen readers; visible only when captionClassName says so. */
  caption?: ReactNode;
  captionClassName?: string;
  columns: TColumn[];
  /** The rows (tr elements), drawn by the caller so each table keeps its own cells. */
  children: ReactNode;
  /** How many rows there are: with none, the empty state (when given) shows instead of the table. */
  rowCount: number;
  empty?: ReactNode;
  /** Small print (text-sm) unless told otherwise: most tables here are dense. */
  small?: boolean;
  className?: string;
  /**
   * On a phone, each row becomes a block with its cells one under another, each led by its column's name (the cells
   * carry it as data-label): a wide table then needs no sideways scrolling. See app/globals.css.
   */
  stackOnPhone?: boolean;
};

/** A table with a caption, column headers scoped to their columns, and something to say when it is empty. */
export function DataTable(props: TDataTableProps) {
  const { caption, captionClassName = "sr-only", columns, children, rowCount, empty, small = true, className } = props;
  const { stackOnPhone = false } = props;
  if (rowCount === 0 && empty !== undefined) return <>{empty}</>;
  return (
    // A gap after every cell, so neighbouring headers ("Completed", "Valid until") never run together.
    <table
      data-stack-on-phone={stackOnPhone ? "" : undefined}
      className={["w-full text-left [&_td]:pr-3 [&_th]:pr-3 [&_th]:align-bottom", small ? "text-sm" : "", className]
        .filter(Boolean)
        .join(" ")}
    >
      {caption ? <caption className={captionClassName}>{caption}</caption> : null}
      <thead>
        <tr className="border-b border-slate-300">
          {columns.map((c) => (
            <th key={c.key} scope="col" className={c.className}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** The empty state of a list or table, in the muted text the pages use. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="mt-2 text-slate-700">{children}</p>;
}
