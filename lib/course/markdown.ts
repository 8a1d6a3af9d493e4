import { Marked, type Tokens } from "marked";
import { phoneNumberPattern } from "../format/phone-links";
import { telHref } from "../format/tel";
import { HELP_PHONE_NUMBERS } from "./help";
import { FIGURE_DIRECTIVE, type TFigurePlacement } from "./figure-directive";
import type { TSource } from "./schema";

/** `[@id]` or `[@a; @b]`: a citation placed right after the claim it supports. */
export const CITATION_PATTERN = /\[@([a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/g;

export const CALLOUT_KINDS = {
  scenario: "Scenario",
  "key-point": "Key point",
  warning: "Important",
  summary: "Summary",
} as const;

export type TCalloutKind = keyof typeof CALLOUT_KINDS;

export function parseCitationIds(inner: string): string[] {
  return inner.split(";").map((part) => part.trim().replace(/^@/, ""));
}

/**
 * Plain text (course.yaml and module.yaml fields) with each citation shown as its source's label in
 * brackets (plain text has no footnotes): "... 2023-24 [@x]." becomes "... 2023-24 (Label)."
 */
export function renderCitationsAsText(text: string, sources: Record<string, TSource>): string {
  return text.replace(
    /\s*\[@([a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/g,
    (_, inner: string) =>
      ` (${parseCitationIds(inner)
        .map((id) => sources[id]?.label ?? id)
        .join("; ")})`,
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

type TCitationToken = Tokens.Generic & { ids: string[] };
type TCalloutToken = Tokens.Generic & { kind: TCalloutKind; tokens: Tokens.Generic[] };
type TPhoneToken = Tokens.Generic & { text: string };
type TFigureToken = Tokens.Generic & TFigurePlacement;

/** Where a chart or diagram goes in the rendered lesson: an empty marker the lesson page replaces with the figure. */
const figureMarker = ({ kind, id }: TFigurePlacement) => `<div data-figure="${kind}:${id}"></div>`;
const FIGURE_MARKER = /<div data-figure="(chart|diagram):([a-z0-9-]+)"><\/div>\n?/g;

export type TLessonPart = { html: string } | { figure: TFigurePlacement };

/** A rendered lesson cut at its figure markers: HTML, then a figure, then HTML... (empty HTML parts left out). */
export function splitLessonHtml(html: string): TLessonPart[] {
  const parts: TLessonPart[] = [];
  let last = 0;
  for (const match of html.matchAll(FIGURE_MARKER)) {
    const before = html.slice(last, match.index).trim();
    if (before) parts.push({ html: before });
    parts.push({ figure: { kind: match[1] as TFigurePlacement["kind"], id: match[2] ?? "" } });
    last = (match.index ?? 0) + match[0].length;
  }
  const rest = html.slice(last).trim();
  if (rest) parts.push({ html: rest });
  return parts;
}

/** Where the text cites a source: the footnote's list item links back here (the first place each source is cited). */
export const citationAnchor = (sourceId: string, occurrence = 1) => `cite-${sourceId}-${occurrence}`;

/** The summary of a scenario's suggested response, which stays folded until the learner has thought about it. */
export const SCENARIO_REVEAL = "What would you do? Show what to do";

/**
 * Renders a lesson's Markdown to HTML. Citations become footnote numbers ([1], in the order sources are first
 * cited, as the lesson's "Sources" list is numbered) that link to that list; a scenario shows its situation and
 * keeps the suggested response in a <details> the learner opens (no script needed); helpline numbers become
 * tel: links; a figure directive (::chart{id="..."}) becomes a marker that splitLessonHtml cuts the lesson at.
 */
export function renderLessonMarkdown(markdown: string, sources: Record<string, TSource>): string {
  const order = listCitedSourceIds(markdown);
  const occurrences = new Map<string, number>();
  const phones = phoneNumberPattern(HELP_PHONE_NUMBERS);
  const phoneAtStart = new RegExp(`^(?:${phones.source})`);
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    extensions: [
      {
        name: "citation",
        level: "inline",
        start: (src: string) => src.indexOf("[@"),
        tokenizer(src: string) {
          const match = /^\[@([a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/.exec(src);
          if (!match?.[1]) return undefined;
          return { type: "citation", raw: match[0], ids: parseCitationIds(match[1]) };
        },
        renderer(token) {
          return (token as TCitationToken).ids
            .map((id) => {
              const n = order.indexOf(id) + 1;
              const occurrence = (occurrences.get(id) ?? 0) + 1;
              occurrences.set(id, occurrence);
              const label = escapeHtml(sources[id]?.label ?? id);
              return `<sup class="footnote-ref"><a id="${escapeHtml(citationAnchor(id, occurrence))}" href="#source-${escapeHtml(id)}" aria-label="Source ${n}" title="${label}">[${n}]</a></sup>`;
            })
            .join("");
        },
      },
      {
        name: "phone",
        level: "inline",
        start: (src: string) => {
          const at = src.search(new RegExp(phones.source));
          return at < 0 ? undefined : at;
        },
        tokenizer(src: string, tokens: Tokens.Generic[]) {
          // Not inside a link's text, and not the tail of a longer number ("1999", "9,999").
          if (this.lexer.state.inLink || /[\d+,.]$/.test(tokens.at(-1)?.raw ?? "")) return undefined;
          const match = phoneAtStart.exec(src);
          return match ? { type: "phone", raw: match[0], text: match[0] } : undefined;
        },
        renderer(token) {
          const { text } = token as TPhoneToken;
          return `<a class="tel" href="${telHref(text)}">${escapeHtml(text)}</a>`;
        },
      },
      {
        name: "figure",
        level: "block",
        start: (src: string) => src.match(/^::(?!:)/m)?.index,
        tokenizer(src: string) {
          const line = /^([^\n]*)(?:\n+|$)/.exec(src);
          const match = line?.[1] ? FIGURE_DIRECTIVE.exec(line[1].trim()) : null;
          if (!line || !match?.[1] || !match[2]) return undefined;
          const token: TFigureToken = {
            type: "figure",
            raw: line[0],
            kind: match[1] as TFigurePlacement["kind"],
            id: match[2],
          };
          return token;
        },
        renderer(token) {
          return `${figureMarker(token as TFigureToken)}\n`;
        },
      },
      {
        name: "callout",
        level: "block",
        start: (src: string) => src.match(/^:::/m)?.index,
        tokenizer(src: string) {
          const match = /^:::([a-z-]+)[ \t]*\n([\s\S]*?)\n:::[ \t]*(?:\n+|$)/.exec(src);
          if (!match?.[1] || !Object.hasOwn(CALLOUT_KINDS, match[1])) return undefined;
          const token: TCalloutToken = {
            type: "callout",
            raw: match[0],
            kind: match[1] as TCalloutKind,
            tokens: [],
          };
          this.lexer.blockTokens(match[2] ?? "", token.tokens);
          return token;
        },
        renderer(token) {
          const { kind, tokens } = token as TCalloutToken;
          const title = CALLOUT_KINDS[kind];
          const open = `<aside class="callout callout-${kind}" aria-label="${title}"><p class="callout-title">${title}</p>`;
          // A scenario's first paragraph is the situation; what follows is the suggested response.
          const [situation, ...response] = tokens.filter((t) => t.type !== "space");
          if (kind === "scenario" && situation && response.length)
            return `${open}${this.parser.parse([situation])}<details class="scenario-response"><summary>${SCENARIO_REVEAL}</summary>${this.parser.parse(response)}</details></aside>\n`;
          return `${open}${this.parser.parse(tokens)}</aside>\n`;
        },
      },
    ],
  });
  // A footnote number sits against the word before it, as in print: "in 2023-24[1]."
  return marked.parse(markdown.replace(/[ \t]+(?=\[@[a-z0-9])/g, "")) as string;
}

/** Source ids cited in a Markdown body, in order of first citation. */
export function listCitedSourceIds(markdown: string): string[] {
  const ids: string[] = [];
  for (const match of markdown.matchAll(CITATION_PATTERN)) {
    for (const id of parseCitationIds(match[1] ?? "")) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
