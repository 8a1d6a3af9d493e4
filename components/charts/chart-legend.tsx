type TLegendItem = { name: string; style: "solid" | "hatched" | "dashed"; series: number };

/**
 * A chart's key in text: each series named, its look drawn beside it and said in words ("solid bars", "dashed
 * line"), so nobody needs to tell the colours apart.
 */
export function ChartLegend({ kind, items }: { kind: "bar" | "line"; items: TLegendItem[] }) {
  return (
    <ul className="chart-legend" aria-label="Key">
      {items.map((item) => (
        <li key={item.name}>
          <span
            aria-hidden="true"
            className={`chart-swatch chart-swatch-${kind} chart-swatch-${item.style} chart-series-${item.series}`}
          />
          <span>
            {item.name}{" "}
            <span className="text-slate-600">({kind === "bar" ? `${item.style} bars` : `${item.style} line`})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
