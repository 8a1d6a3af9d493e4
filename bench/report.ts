// The results as a table on the console and as a new entry in BENCHMARKS.md. Earlier entries, and
// anything written above the marker by hand (findings, before/after notes), are kept as they are.
import fs from "node:fs";
import { formatTarget, formatValue, metricMet, type TMetric } from "./metrics";

export const RUNS_MARKER =
  "<!-- npm run bench adds each run below this line, newest first; earlier runs stay for comparison. -->";

const HEADER = `# Benchmarks

\`npm run bench\` (not part of \`npm test\`) seeds a separate database (\`data/bench.db\`, or the PostgreSQL database that
\`DATABASE_URL\` names) with 50 organisations and 50,000 learners, builds and starts the production server, loads it
from a second process over 127.0.0.1 with autocannon (50 connections unless stated, 10 s each), and adds its results
below. The targets are those of issue 7.

${RUNS_MARKER}
`;

export type TRun = {
  label?: string;
  startedAt: Date;
  machine: string[];
  metrics: TMetric[];
  details: string[];
  failures: string[];
};

function met(m: TMetric): string {
  const result = metricMet(m);
  return result === null ? "" : result ? "yes" : "**no**";
}

export function markdownTable(metrics: TMetric[]): string {
  const rows = metrics.map(
    (m) =>
      `| ${m.label} | ${formatValue(m.value, m.unit, m.digits)}${m.note ? ` (${m.note})` : ""} | ${formatTarget(m)} | ${met(m)} |`,
  );
  return ["| Measure | Result | Target | Met |", "|---|---|---|---|", ...rows].join("\n");
}

export function consoleTable(metrics: TMetric[]): string {
  const cells = metrics.map((m) => [
    m.label,
    formatValue(m.value, m.unit, m.digits),
    formatTarget(m),
    (met(m) || "").replace(/\*/g, ""),
  ]);
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...[["Measure", "Result", "Target", "Met"], ...cells].map((r) => r[i]!.length)),
  );
  const line = (r: string[]) => r.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
  return [
    line(["Measure", "Result", "Target", "Met"]),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...cells.map(line),
  ].join("\n");
}

export function runSection(run: TRun): string {
  const when = run.startedAt.toISOString().slice(0, 16).replace("T", " ");
  return [
    `### ${when} UTC${run.label ? ` · ${run.label}` : ""}`,
    "",
    ...run.machine.map((l) => `- ${l}`),
    "",
    markdownTable(run.metrics),
    "",
    ...run.details.map((d) => `- ${d}`),
    ...run.failures.map((f) => `- **Not measured:** ${f}`),
    "",
  ].join("\n");
}

/** Inserts the run after the marker, creating the file (with its header) the first time. */
export function appendToBenchmarks(file: string, run: TRun): void {
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : HEADER;
  const withMarker = current.includes(RUNS_MARKER) ? current : `${current.trimEnd()}\n\n${RUNS_MARKER}\n`;
  const at = withMarker.indexOf(RUNS_MARKER) + RUNS_MARKER.length;
  fs.writeFileSync(
    file,
    `${withMarker.slice(0, at)}\n\n${runSection(run)}${withMarker.slice(at).replace(/^\n+/, "\n")}`,
  );
}
