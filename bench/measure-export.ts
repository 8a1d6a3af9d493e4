// The CSV export of all 50,000 learners. The app exports one organisation per request (the
// dashboard's filtered table), so an administrator exports each of the 50 in turn, twice, with the
// server's memory sampled throughout. The second pass is the figure: on the first, a freshly started
// server's heap is still growing to its working size (measured: ~140 MB the first time, ~25 MB after),
// which says nothing about whether the export holds rows in memory.
import { TARGETS } from "./config";
import { timedGet } from "./http";
import type { TMetric } from "./metrics";
import { sampleRss } from "./memory";

const MB = 1024 * 1024;

function dataRows(csv: Buffer): number {
  let lines = 0;
  for (const byte of csv) if (byte === 10) lines++;
  return Math.max(0, lines - 1);
}

type TPass = { seconds: number; rows: number; bytes: number; baselineBytes: number; peakBytes: number };

async function exportAll(adminCookie: string, organisationIds: string[], serverPgid: number): Promise<TPass> {
  const memory = sampleRss(serverPgid);
  const started = performance.now();
  let rows = 0;
  let bytes = 0;
  for (const org of organisationIds) {
    const csv = await timedGet(`/trainer/export.csv?org=${encodeURIComponent(org)}`, adminCookie);
    if (csv.status !== 200) throw new Error(`the export of ${org} answered ${csv.status}`);
    rows += dataRows(csv.body);
    bytes += csv.body.length;
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds, rows, bytes, ...memory.stop() };
}

export async function measureExport(
  adminCookie: string,
  organisationIds: string[],
  bigOrganisationId: string,
  serverPgid: number,
): Promise<{ metrics: TMetric[]; details: string[] }> {
  const first = await exportAll(adminCookie, organisationIds, serverPgid);
  const second = await exportAll(adminCookie, organisationIds, serverPgid);
  const big = await timedGet(`/trainer/export.csv?org=${encodeURIComponent(bigOrganisationId)}`, adminCookie);
  const growth = (p: TPass) => (p.peakBytes - p.baselineBytes) / MB;
  return {
    metrics: [
      {
        label: `CSV export of all ${second.rows.toLocaleString("en-GB")} learners: total time`,
        value: second.seconds,
        unit: "s",
        digits: 2,
        target: TARGETS.exportSeconds,
      },
      {
        label: "CSV export: server memory growth (peak RSS − before)",
        value: growth(second),
        unit: "MB",
        digits: 1,
        target: TARGETS.exportMemoryMb,
      },
    ],
    details: [
      `CSV export: ${organisationIds.length} organisations one after another, ${second.rows} rows, ${(second.bytes / MB).toFixed(1)} MB; server RSS ${(second.baselineBytes / MB).toFixed(0)} MB before, peak ${(second.peakBytes / MB).toFixed(0)} MB. ` +
        `The first pass, on a freshly started server: ${first.seconds.toFixed(2)} s, RSS ${(first.baselineBytes / MB).toFixed(0)} → ${(first.peakBytes / MB).toFixed(0)} MB (+${growth(first).toFixed(0)} MB). The 5,000-learner organisation alone: ${big.ms.toFixed(0)} ms, ${dataRows(big.body)} rows.`,
    ],
  };
}
