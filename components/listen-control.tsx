"use client";

import { useEffect, useRef, useState } from "react";
import { collectReadBlocks, type TReadBlock } from "@/lib/read-aloud/blocks";
import { createReader, type TReader, type TReaderState } from "@/lib/read-aloud/reader";
import {
  chooseVoice,
  formatRate,
  parseRate,
  READING_RATES,
  watchVoices,
  type TReadingRate,
} from "@/lib/read-aloud/voices";

/** The control's words, translated on the server (messages "Listen"): this runs in the browser. */
export type TListenText = {
  group: string;
  listen: string;
  pause: string;
  resume: string;
  pauseAria: string;
  resumeAria: string;
  stop: string;
  stopAria: string;
  speed: string;
  /** "Part {n} of {total}", with the two placeholders filled in here. */
  part: string;
  playing: string;
  paused: string;
  finished: string;
  failed: string;
  stopped: string;
};

export type TListenControlProps = {
  /** CSS selectors of what to read, in order (the lesson's title, then its body). */
  readFrom: string[];
  text: TListenText;
  /** The language of what it reads: the lesson as served (English until a reviewed translation is), not the interface's. */
  lang: string;
};

const RATE_KEY = "listen-rate";
/** A stop sign drawn for sighted readers, hidden from screen readers: no language in it. */
const STOP_MARK = "■";

const statusText = (text: TListenText): Record<TReaderState["status"], string> => ({
  idle: "",
  playing: text.playing,
  paused: text.paused,
  finished: text.finished,
  failed: text.failed,
});

function storedRate(): TReadingRate {
  try {
    return parseRate(localStorage.getItem(RATE_KEY));
  } catch {
    return 1; // storage refused (a private window, say): normal speed
  }
}

/**
 * Reads the lesson aloud with the browser's own speech synthesis (nothing is sent anywhere), a block at a time,
 * marking the block being read. Shown only once the browser has a voice: where it has none it cannot speak.
 */
export function ListenControl({ readFrom, text, lang }: TListenControlProps) {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  const [state, setState] = useState<TReaderState>({ status: "idle", index: -1 });
  const [stopped, setStopped] = useState(false);
  const [total, setTotal] = useState(0);
  // This control is only ever drawn in the browser (see ListenSlot), so storage can be read while drawing.
  const [rate, setRate] = useState<TReadingRate>(storedRate);
  const reader = useRef<TReader | null>(null);
  const blocks = useRef<TReadBlock<Element>[]>([]);
  const mainButton = useRef<HTMLButtonElement>(null);

  useEffect(() => watchVoices(window.speechSynthesis, setVoices), []);

  // Reading stops when the learner leaves the lesson: another page, another lesson, or the tab closed.
  useEffect(() => {
    const stop = () => reader.current?.stop();
    window.addEventListener("pagehide", stop);
    return () => {
      window.removeEventListener("pagehide", stop);
      stop();
    };
  }, []);

  // The block being read is marked (outline and tint, see app/styles/listen.css) and brought into view if it is not.
  useEffect(() => {
    const node = blocks.current[state.index]?.node;
    if (!node) return;
    node.classList.add("listen-current");
    node.setAttribute("aria-current", "true");
    if (state.status === "playing") {
      const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      node.scrollIntoView({ block: "nearest", behavior: still ? "auto" : "smooth" });
    }
    return () => {
      node.classList.remove("listen-current");
      node.removeAttribute("aria-current");
    };
  }, [state]);

  if (!voices.length) return null;

  const active = state.status === "playing" || state.status === "paused";

  const start = () => {
    // Collected now, not on load, so a scenario answer the learner has opened is read too.
    const roots = readFrom.flatMap((selector) => Array.from(document.querySelectorAll(selector)));
    blocks.current = roots.flatMap((root) => collectReadBlocks(root));
    setStopped(false);
    setTotal(blocks.current.length);
    reader.current = createReader({
      texts: blocks.current.map((b) => b.text),
      synth: window.speechSynthesis,
      utter: (text) => new SpeechSynthesisUtterance(text),
      lang,
      voice: chooseVoice(voices, lang),
      rate,
      onChange: setState,
    });
    reader.current.play();
  };

  const onMain = () => {
    if (state.status === "playing") reader.current?.pause();
    else if (state.status === "paused") reader.current?.resume();
    else start();
  };

  const onStop = () => {
    reader.current?.stop();
    setStopped(true);
    mainButton.current?.focus(); // the Stop button goes: focus stays in the control
  };

  const onRate = (value: string) => {
    const next = parseRate(value);
    setRate(next);
    reader.current?.setRate(next);
    try {
      localStorage.setItem(RATE_KEY, String(next));
    } catch {
      // not remembered; this reading still uses it
    }
  };

  const mainLabel = state.status === "playing" ? text.pause : state.status === "paused" ? text.resume : text.listen;
  const mainAria =
    state.status === "playing" ? text.pauseAria : state.status === "paused" ? text.resumeAria : text.group;
  const status = stopped && state.status === "idle" ? text.stopped : statusText(text)[state.status];

  return (
    <div
      role="group"
      aria-label={text.group}
      className={`listen-control flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm print:hidden ${active ? "sticky top-2 z-10" : ""}`}
    >
      <button
        ref={mainButton}
        type="button"
        onClick={onMain}
        aria-label={mainAria}
        className="inline-flex min-h-9 items-center gap-1.5 rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800"
      >
        <span aria-hidden="true">{state.status === "playing" ? "❚❚" : "▶"}</span>
        {mainLabel}
      </button>
      {active ? (
        <button
          type="button"
          onClick={onStop}
          aria-label={text.stopAria}
          className="inline-flex min-h-9 items-center gap-1.5 rounded-md border border-slate-400 bg-white px-3 py-1.5 font-medium"
        >
          <span aria-hidden="true">{STOP_MARK}</span>
          {text.stop}
        </button>
      ) : null}
      <label className="inline-flex items-center gap-1.5">
        {text.speed}
        <select
          value={rate}
          onChange={(e) => onRate(e.target.value)}
          className="min-h-9 rounded-md border border-slate-400 bg-white px-2 py-1"
        >
          {READING_RATES.map((r) => (
            <option key={r} value={r}>
              {formatRate(r)}
            </option>
          ))}
        </select>
      </label>
      {active ? (
        <span className="text-slate-600">
          {text.part.replace("{n}", String(state.index + 1)).replace("{total}", String(total))}
        </span>
      ) : null}
      <p role="status" className="text-slate-700">
        {status}
      </p>
    </div>
  );
}
