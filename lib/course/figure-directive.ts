/**
 * A figure placed in a lesson: a line of its own, `::chart{id="kent-image-offences"}` or
 * `::diagram{id="when-a-child-tells-you"}`. The renderer leaves a marker there (lib/course/markdown.ts) and the
 * lesson page draws the chart or diagram in its place.
 */
export const FIGURE_DIRECTIVE = /^::(chart|diagram)\{id="([a-z0-9-]+)"\}[ \t]*$/;
/** Any line that starts like a directive (two colons, not a callout's three), so that a mistyped one is caught. */
const DIRECTIVE_LIKE = /^::(?!:)/;

export type TFigureKind = "chart" | "diagram";
export type TFigurePlacement = { kind: TFigureKind; id: string };

/** The figure directives in a lesson body, in order, and the lines that look like one but are not. */
export function findFigureDirectives(markdown: string): { placed: TFigurePlacement[]; malformed: string[] } {
  const placed: TFigurePlacement[] = [];
  const malformed: string[] = [];
  for (const line of markdown.split("\n")) {
    const match = FIGURE_DIRECTIVE.exec(line.trim());
    if (match?.[1] && match[2]) placed.push({ kind: match[1] as TFigureKind, id: match[2] });
    else if (DIRECTIVE_LIKE.test(line.trim())) malformed.push(line.trim());
  }
  return { placed, malformed };
}
