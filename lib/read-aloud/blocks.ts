/**
 * What a lesson is read aloud as: its blocks (headings, paragraphs, list items, quotations, table rows) in reading
 * order, each with the element to highlight while it is read. Written against the few DOM properties it needs, so
 * the rules are tested without a browser.
 */
export type TReadNode = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TReadNode>;
  getAttribute?: (name: string) => string | null;
  hasAttribute?: (name: string) => boolean;
};

export type TReadBlock<N extends TReadNode = TReadNode> = { node: N; text: string };

const ELEMENT = 1;
const TEXT = 3;

/** Read as one block each: what a reader takes in as one piece. */
const LEAF_BLOCKS = new Set(["H1", "H2", "H3", "H4", "H5", "H6", "P", "LI", "DT", "DD", "CAPTION", "FIGCAPTION", "TR"]);
/** Never read: code, media and controls carry nothing a listener should hear as prose. */
const SKIPPED = new Set([
  "SCRIPT",
  "STYLE",
  "TEMPLATE",
  "NOSCRIPT",
  "SVG",
  "CANVAS",
  "BUTTON",
  "INPUT",
  "SELECT",
  "SUMMARY",
]);
/** Elements that start a block of their own inside an item (a nested list inside a list item, say). */
const BLOCK_LEVEL = new Set([
  ...LEAF_BLOCKS,
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DETAILS",
  "DIV",
  "DL",
  "FIGURE",
  "HR",
  "OL",
  "PRE",
  "SECTION",
  "TABLE",
  "TBODY",
  "TFOOT",
  "THEAD",
  "UL",
]);

const attr = (node: TReadNode, name: string) => node.getAttribute?.(name) ?? null;

/**
 * Parts a sighted listener cannot see or should not hear: hidden content, what is only for screen readers (it could
 * not be highlighted), footnote numbers ("[1]" read aloud interrupts the sentence) and a folded scenario answer,
 * which the learner is meant to think about before opening.
 */
function isSkipped(node: TReadNode): boolean {
  if (SKIPPED.has(node.nodeName.toUpperCase())) return true;
  if (node.hasAttribute?.("hidden") || attr(node, "aria-hidden") === "true" || attr(node, "inert") !== null)
    return true;
  const classes = ` ${attr(node, "class") ?? ""} `;
  if (classes.includes(" sr-only ") || classes.includes(" footnote-ref ")) return true;
  return node.nodeName.toUpperCase() === "DETAILS" && !node.hasAttribute?.("open");
}

/** Collapses the whitespace HTML keeps for layout, and spaces a sentence from the table cell or line after it. */
export function tidySpeech(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function inlineText(node: TReadNode): string {
  if (node.nodeType === TEXT) return node.textContent ?? "";
  if (node.nodeType !== ELEMENT || isSkipped(node)) return "";
  const name = node.nodeName.toUpperCase();
  if (name === "BR") return " ";
  if (name === "IMG") return ` ${attr(node, "alt") ?? ""} `;
  const parts = Array.from(node.childNodes, inlineText);
  // Table cells read as a list: "Year, Count" rather than "YearCount".
  return name === "TD" || name === "TH" ? `${parts.join("")}, ` : parts.join("");
}

/**
 * The blocks under `root` (or `root` itself, when it is one), in document order. An element mixing text and
 * blocks (a list item holding a nested list) reads its own text first, highlighted on itself, then each block.
 */
export function collectReadBlocks<N extends TReadNode>(root: N): TReadBlock<N>[] {
  const blocks: TReadBlock<N>[] = [];
  const visit = (node: N) => {
    if (node.nodeType !== ELEMENT || isSkipped(node)) return;
    const name = node.nodeName.toUpperCase();
    const children = Array.from(node.childNodes) as N[];
    const hasBlockChild = children.some((c) => c.nodeType === ELEMENT && BLOCK_LEVEL.has(c.nodeName.toUpperCase()));
    if (LEAF_BLOCKS.has(name) && (!hasBlockChild || name === "TR")) {
      const text = tidySpeech(inlineText(node)).replace(/,$/, "");
      if (text) blocks.push({ node, text });
      return;
    }
    // Text sitting directly in a container (a list item before its nested list, a quotation without paragraphs)
    // is read in one piece, before the blocks that follow it.
    let run = "";
    const flush = () => {
      const text = tidySpeech(run);
      if (text) blocks.push({ node, text });
      run = "";
    };
    for (const child of children) {
      if (child.nodeType === ELEMENT && BLOCK_LEVEL.has(child.nodeName.toUpperCase())) {
        flush();
        visit(child);
      } else run += inlineText(child);
    }
    flush();
  };
  visit(root);
  return blocks;
}
