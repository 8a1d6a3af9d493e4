import { z } from "zod";
import { ZId } from "./schema";

const ZText = z.string().trim().min(1, "must not be empty");
const ZIsoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-11-22"),
);

/** One of the two people who read a translation before learners may be given it, and the day they finished. */
const ZReviewer = z.strictObject({ name: ZText, date: ZIsoDate });

export const TRANSLATION_STATUSES = ["draft", "reviewed"] as const;

/**
 * content/translations/<locale>/translation.yaml: the translation's front matter. It says which English course
 * version it translates, and whether it has been read by a fluent speaker of the language (the words mean what the
 * English means) AND by a designated safeguarding lead (the advice is still right, nothing softened or added).
 * Only a `reviewed` translation of the current version is served.
 */
export const ZTranslationManifest = z
  .strictObject({
    locale: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, "must be a language tag like cy"),
    translates: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/, "must be the English course version, like 2026.11.0"),
    status: z.enum(TRANSLATION_STATUSES),
    /** The words a true/false question's two answers are shown with. */
    trueFalse: z.strictObject({ true: ZText, false: ZText }),
    translators: z.array(ZText).optional(),
    review: z
      .strictObject({
        /** A fluent speaker of the language: the translation says what the English says, as a reader would say it. */
        fluentSpeaker: ZReviewer,
        /** A designated safeguarding lead: the advice is unchanged, and nothing is softened, added or left out. */
        safeguardingLead: ZReviewer,
      })
      .optional(),
  })
  .superRefine((manifest, ctx) => {
    if (manifest.status === "reviewed" && !manifest.review)
      ctx.addIssue({
        code: "custom",
        path: ["review"],
        message:
          "a reviewed translation names its two readers and when they read it: review.fluentSpeaker and review.safeguardingLead, each with name and date",
      });
  });

/** A translation's course.yaml: the words only; everything else (version, modules, renewal...) is the English one's. */
export const ZCourseTranslation = z.strictObject({
  id: ZId,
  title: ZText,
  summary: ZText,
  contentWarning: ZText,
  learningOutcomes: z.array(ZText).min(1),
});

/** A translation's module.yaml: the words only; the lessons, their order and the pass mark are the English ones. */
export const ZModuleTranslation = z.strictObject({
  id: ZId,
  title: ZText,
  summary: ZText,
  contentWarning: ZText.optional(),
  learningOutcomes: z.array(ZText).min(1),
});

export type TTranslationManifest = z.infer<typeof ZTranslationManifest>;
export type TCourseTranslationFile = z.infer<typeof ZCourseTranslation>;
export type TModuleTranslationFile = z.infer<typeof ZModuleTranslation>;
