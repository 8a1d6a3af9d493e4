// First-load JavaScript of the learner pages, as a browser gets it: the scripts each rendered page
// loads, gzipped (level 9, as Next's own build report measured) and summed. Next 16's build no longer
// prints these sizes reliably, and the rendered page is what a learner's phone actually downloads.
import { gzipSync } from "node:zlib";
import { TARGETS } from "./config";
import { timedGet } from "./http";
import type { TMetric } from "./metrics";
import { inlineScripts, scriptSources } from "./pages";

export async function measureFirstLoadJs(
  pages: string[],
  learnerCookie: string,
): Promise<{ metrics: TMetric[]; details: string[] }> {
  const gzipped = new Map<string, number>();
  const perPage: { page: string; bytes: number; scripts: number; inlineBytes: number }[] = [];
  for (const page of pages) {
    const html = await timedGet(page, learnerCookie);
    if (html.status !== 200) throw new Error(`${page} answered ${html.status} for a learner`);
    const text = html.body.toString("utf8");
    const sources = scriptSources(text);
    for (const src of sources) {
      if (gzipped.has(src)) continue;
      const script = await timedGet(src, "");
      if (script.status !== 200) throw new Error(`${src} answered ${script.status}`);
      gzipped.set(src, gzipSync(script.body, { level: 9 }).length);
    }
    const inlineBytes = gzipSync(inlineScripts(text), { level: 9 }).length;
    perPage.push({
      page,
      bytes: sources.reduce((sum, src) => sum + (gzipped.get(src) ?? 0), 0),
      scripts: sources.length,
      inlineBytes,
    });
  }
  const largest = perPage.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return {
    metrics: [
      {
        label: "Learner pages: first-load JavaScript (largest, gzipped)",
        value: largest.bytes / 1024,
        unit: "KB",
        digits: 1,
        target: TARGETS.firstLoadJsKb,
        note: `\`${largest.page}\``,
      },
    ],
    details: [
      `First-load JavaScript, gzipped (scripts a modern browser loads; the noModule polyfills are left out): ${perPage.map((p) => `\`${p.page}\` ${(p.bytes / 1024).toFixed(1)} KB in ${p.scripts} scripts (+ ${(p.inlineBytes / 1024).toFixed(1)} KB of inline page data)`).join("; ")}.`,
    ],
  };
}
