import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/*
 * Listen reads a lesson aloud with the browser's speech synthesis. Headless Chromium on these machines has no voices
 * (speechSynthesis.getVoices() stays empty and speak() fails), so these tests put a recorded double in its place
 * before the page's scripts run: it offers one British voice a moment after load (as Chromium does, announced by
 * voiceschanged), records each utterance with its text, language, voice and speed, and starts, reaches its second
 * word and ends only when the test says, so each step is checked without racing a timer. What the double cannot
 * show, that a real voice sounds right, is left to a person with speakers; the last test uses the real, voiceless
 * Chromium.
 */
function installSpeechDouble() {
  type TLog = {
    spoken: { text: string; lang: string; rate: number; voice: string | null }[];
    cancels: number;
    current: EventTarget | null;
    finish: () => void;
  };
  const log: TLog = { spoken: [], cancels: 0, current: null, finish: () => undefined };
  (window as unknown as { __speech: TLog }).__speech = log;
  class Utterance extends EventTarget {
    lang = "";
    rate = 1;
    pitch = 1;
    volume = 1;
    voice: { name: string } | null = null;
    constructor(public text: string) {
      super();
    }
  }
  const fire = (u: EventTarget, type: string, extra: Record<string, unknown> = {}) =>
    u.dispatchEvent(Object.assign(new Event(type), extra));
  let voices: { name: string; lang: string; localService: boolean; default: boolean; voiceURI: string }[] = [];
  const synth = Object.assign(new EventTarget(), {
    speaking: false,
    pending: false,
    paused: false,
    getVoices: () => voices,
    speak(u: Utterance) {
      log.spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name ?? null });
      log.current = u;
      setTimeout(() => {
        if (log.current !== u) return;
        fire(u, "start");
        const second = u.text.indexOf(" ") + 1;
        if (second > 0) fire(u, "boundary", { name: "word", charIndex: second });
      }, 0);
    },
    cancel() {
      log.cancels += 1;
      const u = log.current;
      log.current = null;
      if (u) fire(u, "error", { error: "interrupted" });
    },
    pause() {},
    resume() {},
  });
  log.finish = () => {
    const u = log.current;
    log.current = null;
    if (u) fire(u, "end");
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
  setTimeout(() => {
    voices = [
      { name: "Test US", lang: "en-US", localService: true, default: true, voiceURI: "us" },
      { name: "Test British", lang: "en-GB", localService: true, default: false, voiceURI: "gb" },
    ];
    synth.dispatchEvent(new Event("voiceschanged"));
  }, 100);
}

type TSpoken = { text: string; lang: string; rate: number; voice: string | null };
const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: { spoken: TSpoken[] } }).__speech.spoken);
const lastSpoken = async (page: Page) => (await spoken(page)).at(-1)!;
const cancels = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: { cancels: number } }).__speech.cancels);
/** The voice reaches the end of what it was given. */
const finishUtterance = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: { finish: () => void } }).__speech.finish());

/** The text a reader sees in the highlighted block, without its footnote numbers. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const marked = document.querySelectorAll<HTMLElement>(".listen-current");
    const node = marked[0];
    if (marked.length !== 1 || !node || node.getAttribute("aria-current") !== "true") return `${marked.length} marked`;
    const copy = node.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".footnote-ref").forEach((n) => n.remove());
    return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
  });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(installSpeechDouble);
});

test("Listen reads the lesson block by block in British English, highlighting each, and to the end", async ({
  page,
  newPerson,
  signIn,
  course,
  checkA11y,
}, testInfo) => {
  const first = course.modules[0]!;
  const lesson = first.lessons[0]!;
  await signIn(page, await newPerson());
  await page.goto(`/course/${first.id}/lessons/${lesson.id}`);
  const listen = page.getByRole("button", { name: "Listen to this lesson" });
  await expect(listen).toBeVisible();
  await expect(page.locator("[aria-current='true']")).toHaveCount(0);
  await listen.click();

  // The title first, then the lesson's own first paragraph, in the chosen British voice at normal speed.
  await expect.poll(() => spoken(page)).toHaveLength(1);
  expect(await lastSpoken(page)).toEqual({ text: lesson.title, lang: "en-GB", rate: 1, voice: "Test British" });
  await expect.poll(() => highlighted(page)).toBe(lesson.title);
  await expect(page.getByRole("group", { name: "Listen to this lesson" }).getByRole("status")).toHaveText(
    "Reading the lesson aloud.",
  );
  await finishUtterance(page);
  await expect.poll(() => spoken(page)).toHaveLength(2);
  expect((await lastSpoken(page)).text).toMatch(/^You may already know that online abuse is "a problem"\./);

  // Each block read is the one highlighted, and each comes after the one before it on the page.
  let previousTop = -1;
  for (let i = 0; i < 6; i++) {
    const text = (await lastSpoken(page)).text;
    await expect.poll(() => highlighted(page)).toBe(text);
    const top = await page.locator(".listen-current").evaluate((n) => n.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeGreaterThan(previousTop);
    previousTop = top;
    if (i === 2) {
      await checkA11y(page);
      await testInfo.attach("listen-playing-desktop", {
        body: await page.screenshot({ fullPage: true }),
        contentType: "image/png",
      });
    }
    const count = (await spoken(page)).length;
    await finishUtterance(page);
    await expect.poll(() => spoken(page)).toHaveLength(count + 1);
  }
  // Headings and list items are read as blocks of their own.
  const texts = (await spoken(page)).map((s) => s.text);
  expect(texts).toContain("What these figures count");

  // On to the end: footnote numbers are never read out, the folded answers are not read, and it says it finished.
  for (let i = 0; i < 200 && (await page.locator(".listen-current").count()) > 0; i++) {
    const count = (await spoken(page)).length;
    await finishUtterance(page);
    await expect
      .poll(async () => (await spoken(page)).length > count || (await page.locator(".listen-current").count()) === 0)
      .toBe(true);
  }
  const all = (await spoken(page)).map((s) => s.text);
  expect(all.join(" ")).not.toMatch(/\[\d+\]/);
  expect(all).not.toContain("Sources"); // the page's source list is not the lesson
  // A scenario's suggested response stays folded (the learner thinks first), so it is not read out either.
  const folded = await page.locator(".lesson-body details:not([open]) > :not(summary)").first().textContent();
  const foldedStart = (folded ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
  expect(foldedStart.length).toBeGreaterThan(10);
  expect(all.join(" ")).not.toContain(foldedStart);
  expect(all.join(" ")).not.toContain("Show what to do");
  await expect(page.getByRole("group", { name: "Listen to this lesson" }).getByRole("status")).toHaveText(
    "Finished reading the lesson.",
  );
  await expect(page.getByRole("button", { name: "Listen to this lesson" })).toBeVisible();
});

test("pause, resume, speed and stop work from the keyboard, and reading stops when the learner leaves", async ({
  page,
  newPerson,
  signIn,
  course,
}, testInfo) => {
  const first = course.modules[0]!;
  const lesson = first.lessons[0]!;
  await signIn(page, await newPerson());
  await page.goto(`/course/${first.id}/lessons/${lesson.id}`);
  const group = page.getByRole("group", { name: "Listen to this lesson" });
  const main = group.getByRole("button", { name: "Listen to this lesson" });
  await main.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => spoken(page)).toHaveLength(1);
  await finishUtterance(page);
  await expect.poll(() => spoken(page)).toHaveLength(2);
  const paragraph = (await lastSpoken(page)).text;

  // Pause keeps the place and the highlight; Resume goes on from the word the voice had reached, not the start.
  await expect(group.getByRole("button", { name: "Pause reading" })).toBeFocused();
  const cancelledBefore = await cancels(page);
  await page.keyboard.press("Space");
  await expect(group.getByRole("status")).toHaveText("Paused.");
  expect(await cancels(page)).toBeGreaterThan(cancelledBefore);
  await expect.poll(() => highlighted(page)).toBe(paragraph);
  await expect(group.getByRole("button", { name: "Resume reading" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(() => spoken(page)).toHaveLength(3);
  expect((await lastSpoken(page)).text).toBe(paragraph.slice(paragraph.indexOf(" ") + 1));
  await expect(group.getByRole("status")).toHaveText("Reading the lesson aloud.");

  // A new speed applies at once and to what follows, and is remembered.
  await page.keyboard.press("Tab"); // Stop
  await page.keyboard.press("Tab"); // Speed
  await expect(group.getByLabel("Speed")).toBeFocused();
  await group.getByLabel("Speed").selectOption({ label: "1.5×" });
  await expect.poll(async () => (await lastSpoken(page)).rate).toBe(1.5);
  const count = (await spoken(page)).length;
  await finishUtterance(page);
  await expect.poll(() => spoken(page)).toHaveLength(count + 1);
  expect((await lastSpoken(page)).rate).toBe(1.5);

  // On a 375-pixel phone the control fits and stays in reach while the lesson is read.
  await page.setViewportSize({ width: 375, height: 740 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);
  await testInfo.attach("listen-playing-375px", {
    body: await page.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Stop: nothing more is read, nothing is highlighted, and focus stays on the control.
  await group.getByRole("button", { name: "Stop reading" }).focus();
  await page.keyboard.press("Enter");
  await expect(group.getByRole("status")).toHaveText("Stopped.");
  await expect(page.locator(".listen-current, [aria-current='true']")).toHaveCount(0);
  await expect(main).toBeFocused();
  await expect(group.getByRole("button", { name: "Stop reading" })).toHaveCount(0);
  const afterStop = (await spoken(page)).length;
  await finishUtterance(page);
  await page.waitForTimeout(200);
  expect(await spoken(page)).toHaveLength(afterStop);

  await page.reload();
  await expect(page.getByRole("group", { name: "Listen to this lesson" }).getByLabel("Speed")).toHaveValue("1.5");

  // Leaving the lesson while it is read stops the voice.
  await page.getByRole("button", { name: "Listen to this lesson" }).click();
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { __speech: { current: unknown } }).__speech.current !== null),
    )
    .toBe(true);
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: first.title }).click();
  await expect(page).toHaveURL(new RegExp(`/course/${first.id}$`));
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __speech: { current: unknown } }).__speech.current))
    .toBeNull();
  // The same window (the app moved on without reloading it), so it was the control that stopped the voice.
  expect((await spoken(page)).length).toBeGreaterThan(0);
});

test("Listen is not offered where the browser cannot speak", async ({ newPerson, signInElsewhere, course }) => {
  const first = course.modules[0]!;
  const path = `/course/${first.id}/lessons/${first.lessons[0]!.id}`;
  const learner = await newPerson();

  // No speech synthesis at all.
  const without = await signInElsewhere(learner, {
    initScript: () => Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true }),
  });
  await without.goto(path);
  await expect(without.getByRole("heading", { level: 1, name: first.lessons[0]!.title })).toBeVisible();
  // Past the control's last look for voices (3 s after it loads).
  await without.waitForTimeout(3_500);
  await expect(without.getByRole("group", { name: "Listen to this lesson" })).toHaveCount(0);
  // And the lesson is whole: the missing voice broke nothing.
  await expect(without.getByRole("heading", { level: 1, name: first.lessons[0]!.title })).toBeVisible();
  await without.close();

  // Speech synthesis with no voice, as this headless Chromium has: no voice ever loads, so no control.
  const voiceless = await signInElsewhere(learner);
  await voiceless.goto(path);
  await expect(voiceless.getByRole("heading", { level: 1, name: first.lessons[0]!.title })).toBeVisible();
  await voiceless.waitForTimeout(3_500);
  expect(await voiceless.evaluate(() => window.speechSynthesis.getVoices().length)).toBe(0);
  await expect(voiceless.getByRole("group", { name: "Listen to this lesson" })).toHaveCount(0);
  await voiceless.close();
});

test("for a reader whose language is Welsh, Listen reads the English lesson they are served in an English voice", async ({
  page,
  db,
  newPerson,
  signIn,
  course,
}) => {
  // No reviewed Welsh translation ships, so the lesson is the English one (marked lang="en-GB") inside Welsh pages:
  // a Welsh voice would read English words with Welsh sounds.
  const first = course.modules[0]!;
  const lesson = first.lessons[0]!;
  const reader = await newPerson();
  await db.user.update({ where: { id: reader.id }, data: { language: "cy" } });
  await signIn(page, reader);
  await page.goto(`/course/${first.id}/lessons/${lesson.id}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await page.getByRole("button", { name: "Gwrando ar y wers hon" }).click();
  await expect.poll(() => spoken(page)).toHaveLength(1);
  expect(await lastSpoken(page)).toEqual({ text: lesson.title, lang: "en-GB", rate: 1, voice: "Test British" });
});
