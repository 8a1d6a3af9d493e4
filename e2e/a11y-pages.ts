import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page, TestInfo } from "@playwright/test";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The WCAG 2.2 AA rules, as the accessibility statement (/accessibility) says every scanned page is checked: the
 * 2.0 and 2.1 A and AA rules and 2.2's AA rule (target size, 2.5.8, which axe runs only when its tag is asked for;
 * axe 4.13 has no rule tagged wcag22a).
 */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The serious and critical WCAG 2.2 AA violations axe finds on the page as it is now, one line each: rule, nodes. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

// The app's routes, read from app/ (route groups dropped), so a URL is known by its page's pattern:
// /trainer/learners/[userId], whoever the learner. A lesson's and a module's ids are the course's own names, not
// records: each lesson is different content (tables, figures, folded answers), so they stay in the pattern.
const KEEP_LITERAL = new Set(["[moduleId]", "[lessonId]"]);
const ROUTES = (() => {
  const routes: string[][] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        const skip = name.startsWith("(") || name.startsWith("_") || name.startsWith("@");
        walk(full, skip ? segments : [...segments, name]);
      } else if (name === "page.tsx") routes.push(segments);
    }
  };
  walk(fileURLToPath(new URL("../app", import.meta.url)), []);
  // Literal segments before dynamic ones, so /course/worried-card is not taken for /course/[moduleId].
  return routes.sort((a, b) => a.filter((s) => s.startsWith("[")).length - b.filter((s) => s.startsWith("[")).length);
})();

/** The page's route pattern: `/trainer/learners/[userId]`. A path no page has (a 404) keeps its words, not its ids. */
export function routePattern(pathname: string): string {
  const parts = pathname.split("/").filter(Boolean);
  for (const route of ROUTES) {
    if (route.length !== parts.length) continue;
    if (route.every((s, i) => s.startsWith("[") || s === parts[i]))
      return "/" + route.map((s, i) => (s.startsWith("[") && !KEEP_LITERAL.has(s) ? s : parts[i])).join("/");
  }
  return "/" + parts.map((p) => (/\d/.test(p) ? "[n]" : p)).join("/") + " (no page)";
}

// Responses axe has nothing to say about: files, data and the API.
const NOT_A_PAGE = /^\/api\/|\.(pdf|csv|json|txt|xml|ics|png|svg|ico|webmanifest|js|css)$/i;

/** Once per run, across workers: the first test to claim a page shape scans it (a file of its own under test-results). */
const claimFile = (outputDir: string, key: string) =>
  path.join(outputDir, "a11y-scanned", createHash("sha1").update(key).digest("hex").slice(0, 16));

function claim(outputDir: string, key: string): (() => void) | null {
  const file = claimFile(outputDir, key);
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${key}\n`, { flag: "wx" }); // the shape, to read back after a run
  } catch {
    return null;
  }
  return () => unlinkSync(file);
}

async function shapeOf(page: Page): Promise<{ key: string; where: string } | null> {
  if (page.isClosed()) return null;
  const url = new URL(page.url());
  if (!/^https?:$/.test(url.protocol) || NOT_A_PAGE.test(url.pathname)) return null;
  const look = await page
    .evaluate(() => ({
      html: document.contentType === "text/html",
      lang: document.documentElement.lang,
      narrow: window.innerWidth < 640,
    }))
    .catch(() => null);
  if (!look?.html) return null;
  // axe runs as a script in the page and waits on its timers: in a context with JavaScript off they never fire.
  const timersRun = page.evaluate(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0)));
  const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1_000));
  if (!(await Promise.race([timersRun.catch(() => false), late]))) return null;
  return { key: keyOf(look, url.pathname), where: `${routePattern(url.pathname)} (${url.pathname})` };
}

// In Welsh and on a phone's width a page is laid out and worded differently: a shape of its own.
const keyOf = (look: { narrow: boolean; lang: string }, pathname: string) =>
  `${look.narrow ? "narrow" : "wide"} ${look.lang} ${routePattern(pathname)}`;

/** Marks the page's shape as scanned (checkA11y has just scanned it), so the scan after the test leaves it. */
export async function markScanned(page: Page, testInfo: TestInfo) {
  const shape = await shapeOf(page).catch(() => null);
  if (shape) claim(testInfo.project.outputDir, shape.key);
}

/**
 * Scans each page shape the test reached that no test has scanned yet this run: first what each open page shows as
 * the test ended (the state the test brought it to), then each earlier page in its history, loaded again in a new tab
 * of the same browser context (signed in as the test was). Returns one line a violation: rule, page, nodes.
 */
export async function scanReachedPages(contexts: BrowserContext[], testInfo: TestInfo): Promise<string[]> {
  const found: string[] = [];
  const scan = async (page: Page) => {
    const shape = await shapeOf(page);
    if (!shape) return;
    const release = claim(testInfo.project.outputDir, shape.key);
    if (!release) return;
    try {
      for (const v of await axeViolations(page)) found.push(`${shape.where} [${shape.key}]: ${v}`);
    } catch (error) {
      release(); // the page went away under the scan: another test may scan this shape
      if (!page.isClosed()) throw error;
    }
  };
  const earlier = new Map<string, { context: BrowserContext; url: string }>();
  for (const context of contexts) {
    for (const page of context.pages()) {
      if (page.isClosed()) continue;
      await scan(page);
      const look = await page
        .evaluate(() => ({ lang: document.documentElement.lang, narrow: window.innerWidth < 640 }))
        .catch(() => null);
      if (!look) continue;
      // The pages before it in this tab (links followed, forms submitted, client-side moves): Chromium's history.
      const cdp = await context.newCDPSession(page).catch(() => null);
      if (!cdp) continue;
      const history = (await cdp.send("Page.getNavigationHistory").catch(() => null)) as {
        entries: { url: string }[];
      } | null;
      await cdp.detach().catch(() => undefined);
      for (const { url } of history?.entries ?? []) {
        if (!/^https?:/.test(url) || NOT_A_PAGE.test(new URL(url).pathname)) continue;
        // Loaded again only if its shape (guessed in the language and width of the page the tab ended on) is new.
        const key = keyOf(look, new URL(url).pathname);
        const seen = [key, `again ${key}`].some((k) => existsSync(claimFile(testInfo.project.outputDir, k)));
        if (!seen) earlier.set(key, { context, url });
      }
    }
  }
  for (const [key, { context, url }] of earlier) {
    const tab = await context.newPage().catch(() => null);
    if (!tab) continue;
    try {
      const response = await tab.goto(url, { waitUntil: "load", timeout: 15_000 }).catch(() => null);
      const html = response?.ok() && (response.headers()["content-type"] ?? "").startsWith("text/html");
      // A step that is over (a sign-in code, a used link) sends the tab elsewhere: not loaded again by later tests.
      if (!html || routePattern(new URL(tab.url()).pathname) !== routePattern(new URL(url).pathname)) {
        claim(testInfo.project.outputDir, `again ${key}`);
        continue;
      }
      await scan(tab);
    } finally {
      await tab.close().catch(() => undefined);
    }
  }
  return found;
}
