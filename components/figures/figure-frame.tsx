import type { ReactNode } from "react";

/**
 * The frame every course chart and diagram shares: a figure named by its title, the caption under the title, the
 * drawing, then what the figure needs beside it (its source, its table or its words). Kept whole on a printed page.
 */
export function FigureFrame({
  id,
  kind,
  title,
  caption,
  children,
}: {
  id: string;
  kind: "chart" | "diagram";
  title: string;
  caption: string;
  children: ReactNode;
}) {
  const titleId = `figure-${id}-title`;
  return (
    <figure
      aria-labelledby={titleId}
      data-figure-id={id}
      data-figure-kind={kind}
      className="course-figure space-y-3 rounded-lg border border-slate-300 bg-white p-3 break-inside-avoid sm:p-4"
    >
      <figcaption className="space-y-1">
        <span id={titleId} className="block font-semibold text-slate-900">
          {title}
        </span>
        <span className="block text-sm text-slate-700">{caption}</span>
      </figcaption>
      {children}
    </figure>
  );
}
