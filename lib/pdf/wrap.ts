/**
 * Breaks text into lines no wider than maxWidth, at spaces; a word wider than a whole line (a long email address
 * or URL) is broken between characters rather than run off the page. pdf-lib draws what it is given on one line, so
 * every PDF that prints text of unknown length wraps it here. `measure` gives a string's width (a PDFFont's
 * widthOfTextAtSize at the size drawn), which keeps this pure and testable.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let current = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = current ? `${current} ${word}` : word;
      if (measure(candidate) <= maxWidth) {
        current = candidate;
        continue;
      }
      if (current) lines.push(current);
      current = "";
      // The word alone is too wide: put as much of it as fits on each line.
      let rest = word;
      while (measure(rest) > maxWidth && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      current = rest;
    }
    lines.push(current);
  }
  return lines;
}
