type TLegendItem = { name: string; style: "solid" | "hatched" | "dashed"; series: number };

/** The key's words, in the page's language: its name, and each look said in words. */
export type TLegendWords = {
  key: string;
  solidBars: string;
  hatchedBars: string;
  solidLine: string;
  dashedLine: string;
};

function look(kind: "bar" | "line", style: TLegendItem["style"], words: TLegendWords): string {
  if (kind === "bar") return style === "hatched" ? words.hatchedBars : words.solidBars;
  return style === "dashed" ? words.dashedLine : words.solidLine;
}

/**
 * A chart's key in text: each series named, its look drawn beside it and said in words ("solid bars", "dashed
 * line"), so nobody needs to tell the colours apart.
 */
export function ChartLegend({
  kind,
  items,
  words,
}: {
  kind: "bar" | "line";
  items: TLegendItem[];
  words: TLegendWords;
}) {
  return (
    <ul className="chart-legend" aria-label={words.key}>
      {items.map((item) => (
        <li key={item.name}>
          <span
            aria-hidden="true"
            className={`chart-swatch chart-swatch-${kind} chart-swatch-${item.style} chart-series-${item.series}`}
          />
          <span>
            {item.name} <span className="text-slate-600">({look(kind, item.style, words)})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
