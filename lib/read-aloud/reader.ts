/** The parts of SpeechSynthesisUtterance the reader sets and listens to. */
export type TUtteranceLike<V = unknown> = {
  lang: string;
  rate: number;
  voice: V | null;
  // Method syntax, so that the DOM's own overloads (with their richer event types) satisfy it.
  addEventListener(type: "end" | "error" | "boundary", listener: (event: TSpeechEvent) => void): void;
};

type TSpeechEvent = { error?: string; charIndex?: number };

export type TSynth<U> = { speak(utterance: U): void; cancel(): void };

export type TReaderStatus = "idle" | "playing" | "paused" | "finished" | "failed";

/** `index` is the block being read (or where reading paused); -1 when none. */
export type TReaderState = { status: TReaderStatus; index: number };

export type TReader = {
  play(from?: number): void;
  pause(): void;
  resume(): void;
  stop(): void;
  setRate(rate: number): void;
};

// Cancelling an utterance fires one of these on it; they are the reader's own doing, not a failure.
const CANCELLED = new Set(["interrupted", "canceled"]);

/**
 * Reads `texts` one block at a time, so the block being read is always known and can be highlighted.
 *
 * Pause cancels the speech and resume speaks the block again from the last word the voice reached (its boundary
 * events), rather than using speechSynthesis.pause(): that is ignored by or stops for good in several engines
 * (Chrome on Android and Linux among them), while cancel-and-speak behaves alike everywhere. A new speed is
 * applied the same way, from the current word.
 */
export function createReader<V, U extends TUtteranceLike<V>>(options: {
  texts: readonly string[];
  synth: TSynth<U>;
  utter: (text: string) => U;
  lang: string;
  voice?: V;
  rate: number;
  onChange: (state: TReaderState) => void;
}): TReader {
  const { texts, synth, utter, lang, voice, onChange } = options;
  let rate = options.rate;
  let status: TReaderStatus = "idle";
  let index = -1;
  let current: U | null = null;
  // How far into the current block the voice has got, in characters.
  let reached = 0;

  const emit = () => onChange({ status, index });

  const halt = () => {
    if (!current) return;
    current = null; // first, so the cancelled utterance's own end or error is ignored
    synth.cancel();
  };

  const speakFrom = (from: number) => {
    const u = utter((texts[index] ?? "").slice(from));
    u.lang = lang;
    u.rate = rate;
    if (voice) u.voice = voice;
    reached = from;
    u.addEventListener("boundary", (event) => {
      if (current === u) reached = from + (event.charIndex ?? 0);
    });
    u.addEventListener("end", () => {
      if (current !== u) return;
      current = null;
      next();
    });
    u.addEventListener("error", (event) => {
      if (current !== u) return;
      current = null;
      if (CANCELLED.has(event.error ?? "")) return;
      status = "failed";
      index = -1;
      emit();
    });
    current = u;
    synth.speak(u);
  };

  const next = () => {
    index += 1;
    if (index >= texts.length) {
      status = "finished";
      index = -1;
      emit();
      return;
    }
    emit();
    speakFrom(0);
  };

  return {
    play(from = 0) {
      halt();
      synth.cancel(); // anything another page or tab left queued
      status = "playing";
      index = Math.max(0, from) - 1;
      next();
    },
    pause() {
      if (status !== "playing") return;
      halt();
      status = "paused";
      emit();
    },
    resume() {
      if (status !== "paused") return;
      status = "playing";
      emit();
      speakFrom(reached);
    },
    stop() {
      halt();
      status = "idle";
      index = -1;
      emit();
    },
    setRate(newRate) {
      rate = newRate;
      if (status !== "playing") return;
      halt();
      speakFrom(reached);
    },
  };
}
