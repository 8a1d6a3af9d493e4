/** The parts of SpeechSynthesisVoice the choice looks at. */
export type TVoice = { name: string; lang: string; localService: boolean; default?: boolean };

const primary = (lang: string) => lang.toLowerCase().split(/[-_]/)[0] ?? "";
const sameLang = (a: string, b: string) => a.toLowerCase().replace("_", "-") === b.toLowerCase();

/**
 * The voice to read a lesson in `lang` (en-GB): that exact language first, then the same language anywhere (a
 * British voice before others for English), and within each a voice on the device before a network one, so that
 * the lesson's text is not sent away and reading goes on offline. Undefined when no voice speaks the language: the
 * browser's default then reads it.
 */
export function chooseVoice<V extends TVoice>(voices: readonly V[], lang = "en-GB"): V | undefined {
  const rank = (v: V) => {
    if (sameLang(v.lang, lang)) return 0;
    if (primary(v.lang) === primary(lang)) return 1;
    return 2;
  };
  const candidates = voices.filter((v) => rank(v) < 2);
  return [...candidates].sort(
    (a, b) =>
      rank(a) - rank(b) || Number(b.localService) - Number(a.localService) || Number(!!b.default) - Number(!!a.default),
  )[0];
}

/** The speeds offered: slower for a second language, faster for a second reading. */
export const READING_RATES = [0.75, 1, 1.25, 1.5] as const;

export type TReadingRate = (typeof READING_RATES)[number];

/** "1.25×" as shown and announced; the multiplication sign rather than a letter x. */
export function formatRate(rate: number): string {
  return `${rate}×`;
}

/** A stored speed, if it is still one of those offered; otherwise normal speed. */
export function parseRate(stored: string | null | undefined): TReadingRate {
  const rate = Number(stored);
  return READING_RATES.find((r) => r === rate) ?? 1;
}

type TVoiceSource<V> = {
  getVoices(): V[];
  addEventListener(type: "voiceschanged", listener: () => void): void;
  removeEventListener(type: "voiceschanged", listener: () => void): void;
};

/**
 * Tells `onVoices` the voices now and whenever they change. Chromium loads them after the page and says so with
 * voiceschanged; some builds never fire it, so the list is also looked at again a few times over `pollMs`. If no
 * voice has come by then, the browser cannot speak and the caller shows nothing. Returns the unsubscribe.
 */
export function watchVoices<V>(source: TVoiceSource<V>, onVoices: (voices: V[]) => void, pollMs = [250, 1000, 3000]) {
  const look = () => onVoices(source.getVoices());
  source.addEventListener("voiceschanged", look);
  const timers = pollMs.map((ms) => setTimeout(look, ms));
  look();
  return () => {
    source.removeEventListener("voiceschanged", look);
    timers.forEach(clearTimeout);
  };
}
