import type { Browser, BrowserContextOptions, Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures";

// Reading settings (issue 20): a learner chooses them at /account/reading, and every page they see signed in follows
// them, on any device, until they change them; nobody else's pages change, and signed-out pages keep the defaults.

const DESKTOP = { viewport: { width: 1280, height: 800 } } as const;
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true } as const;

async function newPage(browser: Browser, options: BrowserContextOptions = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ ...options, baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

/** What a reader of the lesson sees: sizes in px, colours as rgb(), and the fonts the page has downloaded. */
async function lessonLooks(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    const paragraph = style(".lesson-body p");
    return {
      rootFontSize: style("html").fontSize,
      fontSize: paragraph.fontSize,
      lineHeight: paragraph.lineHeight,
      fontFamily: paragraph.fontFamily,
      colour: paragraph.color,
      background: style("body").backgroundColor,
      header: style("header").backgroundColor,
      loadedFonts: [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family),
      sideways: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

const READING_ATTRIBUTES = ["data-text-size", "data-line-spacing", "data-font", "data-contrast"];
async function htmlAttributes(page: Page) {
  return page.evaluate(
    (names) => Object.fromEntries(names.map((n) => [n, document.documentElement.getAttribute(n)])),
    READING_ATTRIBUTES,
  );
}
const CHOSEN = {
  "data-text-size": "larger",
  "data-line-spacing": "loose",
  "data-font": "dyslexic",
  "data-contrast": "high",
};
const NONE = Object.fromEntries(READING_ATTRIBUTES.map((n) => [n, null]));

/** A full-page screenshot, attached (the fixtures also keep attached screenshots in test-results/screenshots/). */
async function attach(page: Page, testInfo: TestInfo, name: string) {
  const body = await page.screenshot({ fullPage: true });
  await testInfo.attach(`reading-settings-${name}`, { body, contentType: "image/png" });
}

test("a learner's reading settings apply to every page they see, on any device, and to no one else's", async ({
  page,
  browser,
  db,
  course,
  newPerson,
  signIn,
  checkA11y,
}, testInfo) => {
  test.setTimeout(150_000);
  const learner = await newPerson("LEARNER");
  const other = await newPerson("LEARNER");
  const lesson = `/course/${course.modules[0]!.id}/lessons/${course.modules[0]!.lessons[0]!.id}`;
  const fontFiles: string[] = [];
  page.on("response", (r) => {
    if (/\.woff2$/.test(new URL(r.url()).pathname) && r.ok()) fontFiles.push(r.url());
  });

  await signIn(page, learner);
  await page.goto(lesson);
  const before = await lessonLooks(page);
  expect(before.rootFontSize).toBe("16px");
  expect(fontFiles, "OpenDyslexic is fetched by someone who did not choose it").toEqual([]);

  await page.goto("/account");
  await page.getByRole("link", { name: "Change reading settings" }).click();
  await expect(page.getByRole("heading", { name: "Reading settings", level: 1 })).toBeVisible();
  await checkA11y(page);
  const group = (name: string) => page.getByRole("group", { name });
  await expect(group("Text size").getByRole("radio", { name: "Standard" })).toBeChecked();

  // With the keyboard alone: arrows choose within a group, Tab goes on to the next, Enter on the button saves.
  await group("Text size").getByRole("radio", { name: "Standard" }).focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(group("Text size").getByRole("radio", { name: "Larger" })).toBeChecked();
  // The preview follows the choice before it is saved; the page itself does not change yet.
  const preview = page.getByTestId("reading-preview");
  await expect(preview).toHaveAttribute("data-text-size", "larger");
  const previewSize = await preview.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(previewSize).toBeCloseTo(17 * 1.5, 0);
  expect(await htmlAttributes(page)).toEqual(NONE);
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(group("Line spacing").getByRole("radio", { name: "Loose" })).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await expect(group("Font").getByRole("radio", { name: "OpenDyslexic" })).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await expect(group("Colours").getByRole("radio", { name: "High contrast" })).toBeChecked();
  await expect(preview).toHaveAttribute("data-contrast", "high");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Save reading settings" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Your reading settings are saved.")).toBeVisible();
  // The page the learner is on follows at once.
  await expect.poll(() => htmlAttributes(page)).toEqual(CHOSEN);
  expect(
    await db.user.findUniqueOrThrow({
      where: { id: learner.id },
      select: { readingTextSize: true, readingLineSpacing: true, readingFont: true, readingContrast: true },
    }),
  ).toEqual({
    readingTextSize: "LARGER",
    readingLineSpacing: "LOOSE",
    readingFont: "DYSLEXIC",
    readingContrast: "HIGH",
  });
  await checkA11y(page);
  await attach(page, testInfo, "settings-page");

  // On a lesson: half as large again, lines twice the text's height, set in OpenDyslexic, black on white.
  await page.goto(lesson);
  const after = await lessonLooks(page);
  expect(after.rootFontSize).toBe("24px");
  expect(parseFloat(after.fontSize)).toBeCloseTo(1.5 * parseFloat(before.fontSize), 1);
  expect(parseFloat(after.lineHeight) / parseFloat(after.fontSize)).toBeCloseTo(2.1, 1);
  expect(after.fontFamily).toMatch(/dyslexic/i);
  expect(
    after.loadedFonts.some((f) => /dyslexic/i.test(f)),
    `loaded: ${after.loadedFonts.join(", ")}`,
  ).toBe(true);
  expect(fontFiles.length, "the font is served by the app").toBeGreaterThan(0);
  for (const url of fontFiles) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  expect(after).toMatchObject({ colour: "rgb(0, 0, 0)", background: "rgb(255, 255, 255)", header: "rgb(0, 0, 0)" });
  await checkA11y(page);
  await attach(page, testInfo, "all-desktop");
  // The focus ring is still there in high contrast: black, around whatever the keyboard reaches.
  await page.keyboard.press("Tab");
  const ring = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: style.outlineWidth, colour: style.outlineColor };
  });
  expect(ring).toEqual({ style: "solid", width: "3px", colour: "rgb(0, 0, 0)" });

  // Signed out, the sign-in page has the defaults; signed in again, the settings are back.
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await htmlAttributes(page)).toEqual(NONE);
  await signIn(page, learner);
  expect(await htmlAttributes(page)).toEqual(CHOSEN);

  // Another device (a new browser, a phone): the same settings, and the lesson still fits the screen.
  const phone = await newPage(browser, PHONE);
  await signIn(phone, learner);
  await phone.goto(lesson);
  expect(await htmlAttributes(phone)).toEqual(CHOSEN);
  const onPhone = await lessonLooks(phone);
  expect(onPhone.rootFontSize).toBe("24px");
  expect(onPhone.sideways, "the lesson scrolls sideways at 375 px").toBeLessThanOrEqual(0);
  await attach(phone, testInfo, "all-phone");
  await phone.context().close();

  // Another learner is unaffected, and does not fetch the font.
  const theirs = await newPage(browser);
  const theirFonts: string[] = [];
  theirs.on("response", (r) => {
    if (/\.woff2$/.test(new URL(r.url()).pathname)) theirFonts.push(r.url());
  });
  await signIn(theirs, other);
  await theirs.goto(lesson);
  expect(await htmlAttributes(theirs)).toEqual(NONE);
  const theirLooks = await lessonLooks(theirs);
  expect(theirLooks).toMatchObject({ rootFontSize: "16px", fontSize: before.fontSize, lineHeight: before.lineHeight });
  expect(theirLooks.background).not.toBe("rgb(255, 255, 255)");
  expect(theirFonts).toEqual([]);
  await theirs.context().close();
});

// Each setting on its own, on a lesson, at a laptop's width and a phone's: what each looks like (attached), and
// that none makes the page scroll sideways.
const ALONE = [
  { name: "larger-text", data: { readingTextSize: "LARGER" }, attribute: ["data-text-size", "larger"] },
  { name: "loose-spacing", data: { readingLineSpacing: "LOOSE" }, attribute: ["data-line-spacing", "loose"] },
  { name: "dyslexic-font", data: { readingFont: "DYSLEXIC" }, attribute: ["data-font", "dyslexic"] },
  { name: "high-contrast", data: { readingContrast: "HIGH" }, attribute: ["data-contrast", "high"] },
] as const;

/** Which settings a lesson's looks show: text half as large again, lines 2.1 high, OpenDyslexic, black on white. */
function shows(looks: Awaited<ReturnType<typeof lessonLooks>>) {
  return {
    "larger-text": looks.rootFontSize === "24px",
    "loose-spacing": Math.abs(parseFloat(looks.lineHeight) / parseFloat(looks.fontSize) - 2.1) < 0.05,
    "dyslexic-font": /dyslexic/i.test(looks.fontFamily) && looks.loadedFonts.some((f) => /dyslexic/i.test(f)),
    "high-contrast": looks.colour === "rgb(0, 0, 0)" && looks.background === "rgb(255, 255, 255)",
  };
}
const SHOWS_NOTHING = { "larger-text": false, "loose-spacing": false, "dyslexic-font": false, "high-contrast": false };

test("each reading setting on its own keeps a lesson readable on a laptop and a phone", async ({
  browser,
  db,
  course,
  newPerson,
  signIn,
}, testInfo) => {
  test.setTimeout(150_000);
  const learner = await newPerson("LEARNER");
  const lesson = `/course/${course.modules[0]!.id}/lessons/${course.modules[0]!.lessons[0]!.id}`;
  for (const [size, options] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const) {
    const page = await newPage(browser, options);
    await signIn(page, learner);
    for (const setting of ALONE) {
      await db.user.update({
        where: { id: learner.id },
        data: {
          readingTextSize: "STANDARD",
          readingLineSpacing: "NORMAL",
          readingFont: "STANDARD",
          readingContrast: "STANDARD",
          ...setting.data,
        },
      });
      await page.goto(lesson);
      const [name, value] = setting.attribute;
      expect(await page.evaluate((n) => document.documentElement.getAttribute(n), name)).toBe(value);
      const looks = await lessonLooks(page);
      // What the reader sees changes, by this setting and no other: the attribute alone would pass with no style.
      expect(shows(looks), `${setting.name} on a ${size}`).toEqual({ ...SHOWS_NOTHING, [setting.name]: true });
      expect(looks.sideways, `${setting.name} scrolls sideways on a ${size}`).toBeLessThanOrEqual(0);
      await attach(page, testInfo, `${setting.name}-${size}`);
    }
    await page.context().close();
  }
});
