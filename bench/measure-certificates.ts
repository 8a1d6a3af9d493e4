// Certificate PDFs: one at a time (what a learner or trainer waits for), many at once, and 500 in one
// PDF from the trainer dashboard's bulk download.
import type autocannon from "autocannon";
import { PDFDocument } from "pdf-lib";
import { drawCertificatesPdf } from "../lib/certificates/pdf";
import { toPdfData } from "../lib/certificates/pdf-data";
import { BASE_URL, TARGETS } from "./config";
import { percentile, timedGet } from "./http";
import { runLoad } from "./load";
import type { TMetric } from "./metrics";

type THolder = { id: string; number: string };

/** The same work as the bulk route's drawing step, in this process: what 500 pages cost to draw. */
async function drawInProcess(count: number): Promise<number> {
  const day = 24 * 3600 * 1000;
  const data = Array.from({ length: count }, (_, i) =>
    toPdfData(
      {
        number: `SG-0000-0000-0000-${String(i).padStart(4, "0")}`,
        learnerName: `Learner ${i}`,
        organisationName: "Kingsmead Multi-Academy Trust",
        courseTitle: "Course",
        courseVersion: "1",
        completedAt: new Date(),
        expiresAt: new Date(Date.now() + 365 * day),
        cpdMinutes: 95,
        scorePercent: 90,
      },
      BASE_URL,
      // As a real bulk PDF: a signatory and the course's seven topics on every page.
      {
        signatory: { name: "Priya Raman", role: "Designated safeguarding lead" },
        logo: null,
        topics: Array.from({ length: 7 }, (_, t) => `Module ${t + 1} of the course`),
        locale: "en-GB",
      },
    ),
  );
  const started = performance.now();
  await drawCertificatesPdf(data);
  return (performance.now() - started) / 1000;
}

/**
 * The dashboard's bulk download, for these people. POSTed as a form when the route accepts that: as a
 * GET, 500 ids make a URL of ~16,500 characters, over Node's 16 KB limit for a request's head (431).
 */
async function downloadBulkPdf(
  cookie: string,
  userIds: string[],
): Promise<{ status: number; ms: number; body: Buffer; how: string }> {
  const form = new URLSearchParams(userIds.map((id) => ["userId", id]));
  const started = performance.now();
  const post = await fetch(`${BASE_URL}/trainer/certificates.pdf`, {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    body: form,
    redirect: "manual",
  });
  const postBody = Buffer.from(await post.arrayBuffer());
  if (post.status !== 405)
    return {
      status: post.status,
      ms: performance.now() - started,
      body: postBody,
      how: `POST of ${userIds.length} ids`,
    };
  const path = `/trainer/certificates.pdf?${form.toString()}`;
  const get = await timedGet(path, cookie);
  return {
    ...get,
    how: `GET with ${userIds.length} ids, a URL of ${path.length.toLocaleString("en-GB")} characters; the route takes no POST`,
  };
}

export async function measureCertificates(
  trainerCookie: string,
  holders: THolder[],
): Promise<{ metrics: TMetric[]; details: string[] }> {
  const pdfPath = (h: THolder) => `/certificates/${h.number}/pdf`;
  for (const h of holders.slice(0, 5)) {
    const warm = await timedGet(pdfPath(h), trainerCookie);
    if (warm.status !== 200 || !warm.body.subarray(0, 5).equals(Buffer.from("%PDF-")))
      throw new Error(`${pdfPath(h)} answered ${warm.status}, not a PDF`);
  }
  // One at a time, different certificates each time.
  const times: number[] = [];
  for (const h of holders.slice(0, 100)) times.push((await timedGet(pdfPath(h), trainerCookie)).ms);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;

  let next = 0;
  const setupClient = (client: autocannon.Client) =>
    client.setRequests([
      {
        headers: { Cookie: trainerCookie },
        setupRequest: (r) => ({ ...r, path: pdfPath(holders[next++ % holders.length]!) }),
      },
    ]);
  const load = await runLoad({ setupClient });

  const bulk = await downloadBulkPdf(
    trainerCookie,
    holders.slice(0, 500).map((h) => h.id),
  );
  const bulkOk = bulk.status === 200 && bulk.body.subarray(0, 5).equals(Buffer.from("%PDF-"));
  const pages = bulkOk ? (await PDFDocument.load(bulk.body)).getPageCount() : 0;
  const drawn = bulkOk ? null : await drawInProcess(500);

  return {
    metrics: [
      {
        label: "Certificate PDF, one at a time: ms per certificate",
        value: mean,
        unit: "ms",
        target: TARGETS.certificateMs,
      },
      {
        label: "Certificate PDFs at 50 connections: per second",
        value: load.perSecond,
        unit: "",
        digits: 1,
        note: load.errors ? `${load.errors} errors` : undefined,
      },
      {
        label: `Bulk PDF of ${holders.length} certificates`,
        value: bulkOk ? bulk.ms / 1000 : null,
        unit: "s",
        digits: 2,
        target: TARGETS.bulkPdfSeconds,
        note: bulkOk ? undefined : `the request failed: HTTP ${bulk.status}`,
      },
    ],
    details: [
      `Certificate PDF \`/certificates/<number>/pdf\` as the trainer, ${times.length} different certificates one after another: mean ${mean.toFixed(1)} ms, p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms; at 50 connections p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms.`,
      bulkOk
        ? `Bulk PDF (${bulk.how}): ${pages} pages, ${(bulk.body.length / 1024 / 1024).toFixed(1)} MB in ${(bulk.ms / 1000).toFixed(2)} s.`
        : `Bulk PDF (${bulk.how}) answered HTTP ${bulk.status}. Drawing the same ${holders.length} pages in the benchmark's own process with lib/certificates/pdf.ts takes ${drawn?.toFixed(2)} s.`,
    ],
  };
}
