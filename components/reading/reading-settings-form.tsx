"use client";

import { useState } from "react";
import { ActionForm } from "@/components/action-form";
import type { TActionState } from "@/lib/actions/result";
import { READING_ATTRIBUTES, type TReadingSettings } from "@/lib/reading/settings";

const SETTINGS: (keyof TReadingSettings)[] = ["textSize", "lineSpacing", "font", "contrast"];

/** Each setting's options (as READING_OPTIONS lists them), named and described in the page's language. */
export type TReadingOptionText = Record<keyof TReadingSettings, { value: string; label: string; hint: string }[]>;

/** The form's words, translated on the server (messages "Reading"). */
export type TReadingFormText = {
  save: string;
  saving: string;
  legends: Record<keyof TReadingSettings, string>;
  sample: string;
  sampleMore: string;
  preview: string;
  previewIntro: string;
};

/** All four settings as a preview's data attributes (app/styles/reading.css styles .reading-preview by them). */
function previewAttributes(settings: TReadingSettings): Record<string, string> {
  return Object.fromEntries(SETTINGS.map((key) => [READING_ATTRIBUTES[key], settings[key].toLowerCase()] as const));
}

/**
 * The four settings as radio buttons, each option with an example of text as it would look with that option and
 * the other choices as they stand, and a preview of all of them together, which follows every change before it is
 * saved. The examples are pictures of the choice, hidden from screen readers, which read each option's description.
 */
export function ReadingSettingsForm({
  action,
  saved,
  options,
  text,
}: {
  action: (state: TActionState, formData: FormData) => Promise<TActionState>;
  saved: TReadingSettings;
  options: TReadingOptionText;
  text: TReadingFormText;
}) {
  const [chosen, setChosen] = useState(saved);
  return (
    <ActionForm action={action} submitLabel={text.save} pendingLabel={text.saving} testId="reading-settings">
      <div className="space-y-5">
        {SETTINGS.map((key) => (
          <fieldset key={key} className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
            <legend className="float-left mb-3 w-full text-lg font-bold">{text.legends[key]}</legend>
            <div className="clear-left space-y-4">
              {options[key].map((option) => {
                const id = `${key}-${option.value.toLowerCase()}`;
                return (
                  <div key={option.value} className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-2">
                    <input
                      type="radio"
                      id={id}
                      name={key}
                      value={option.value}
                      checked={chosen[key] === option.value}
                      onChange={() => setChosen((current) => ({ ...current, [key]: option.value }))}
                      aria-describedby={`${id}-hint`}
                      className="mt-0.5 size-6 accent-brand-700"
                    />
                    <div>
                      <label htmlFor={id} className="font-semibold">
                        {option.label}
                      </label>
                      <p id={`${id}-hint`} className="text-sm text-slate-700">
                        {option.hint}
                      </p>
                    </div>
                    <p
                      aria-hidden="true"
                      className="reading-preview col-start-2 rounded-md px-3 py-2"
                      data-testid={`preview-${id}`}
                      {...previewAttributes({ ...chosen, [key]: option.value })}
                    >
                      {text.sample}
                    </p>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
        <section aria-labelledby="reading-preview-title" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
          <h2 id="reading-preview-title" className="text-lg font-bold">
            {text.preview}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{text.previewIntro}</p>
          <p
            className="reading-preview mt-3 rounded-md px-4 py-3"
            data-testid="reading-preview"
            {...previewAttributes(chosen)}
          >
            {text.sample} {text.sampleMore}
          </p>
        </section>
      </div>
    </ActionForm>
  );
}
