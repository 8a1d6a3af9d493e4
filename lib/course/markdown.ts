import { Marked, type Tokens } from "marked";
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
 * brackets, as a lesson shows the label beside the fact: "... 2023-24 [@x]." becomes "... 2023-24 (Label)."
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

/**
 * Renders a lesson's Markdown to HTML. Citations become links to the lesson's source list,
 * labelled with the source's short label so the reader sees the source beside the fact.
 */
export function renderLessonMarkdown(markdown: string, sources: Record<string, TSource>): string {
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
          const links = (token as TCitationToken).ids.map((id) => {
            const label = sources[id]?.label ?? id;
            return `<a class="citation" href="#source-${escapeHtml(id)}" aria-label="Source: ${escapeHtml(label)}">${escapeHtml(label)}</a>`;
          });
          return ` <span class="citations">${links.join(" ")}</span>`;
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
          return `<aside class="callout callout-${kind}" aria-label="${title}"><p class="callout-title">${title}</p>${this.parser.parse(tokens)}</aside>\n`;
        },
      },
    ],
  });
  return marked.parse(markdown) as string;
}

/** Source ids cited in a Markdown body, in order of first citation. */
export function listCitedSourceIds(markdown: string): string[] {
  const ids: string[] = [];
  for (const match of markdown.matchAll(CITATION_PATTERN)) {
    for (const id of parseCitationIds(match[1] ?? "")) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
