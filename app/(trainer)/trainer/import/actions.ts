"use server";

import { getTranslations } from "next-intl/server";
import { ZRecordId, ZRecordIdOrEmpty } from "@/lib/actions/ids";
import { after } from "next/server";
import { z } from "zod";
import type { TRole } from "@/lib/auth/roles";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { deliverEmails } from "@/lib/email/send";
import { isErrorCode, messageFor, type TLocale } from "@/lib/errors";
import { MAX_IMPORT_BYTES, type TPreviewRow } from "@/lib/imports/plan";
import { applyImport, previewImport } from "@/lib/imports/run";
import { describeProblems } from "@/lib/imports/problems";

export type TImportState = {
  stage: "upload" | "preview" | "done";
  message: string | null;
  ok?: boolean;
  batchId?: string;
  counts?: { create: number; update: number; reject: number };
  rejected?: TPreviewRow[];
  updates?: TPreviewRow[];
  sample?: TPreviewRow[];
};

const SHOWN = 200;

const STAFF = { only: ["TRAINER", "ADMIN"], action: "import-people" } as const;

/** The upload: the organisation it is for and the CSV file, checked here before the file is read. */
const ZUpload = z.object({
  organisationId: ZRecordIdOrEmpty,
  file: z
    .instanceof(File)
    .refine((file) => file.size > 0, "IMPORT_FILE_MISSING")
    .refine((file) => file.size <= MAX_IMPORT_BYTES, "IMPORT_FILE_TOO_LARGE"),
});

/** The file's problem first (as the form shows it), else the organisation's. */
function uploadProblem(error: z.ZodError, _previous: TImportState, locale: TLocale): TImportState {
  const fileIssue = error.issues.find((issue) => issue.path[0] === "file");
  if (!fileIssue) return { stage: "upload", message: messageFor("CHOOSE_ORGANISATION", {}, locale) };
  const code = isErrorCode(fileIssue.message) ? fileIssue.message : "IMPORT_FILE_MISSING";
  return { stage: "upload", message: messageFor(code, {}, locale) };
}

export const previewImportAction = withActor<typeof ZUpload, TImportState>(
  {
    roles: STAFF,
    schema: ZUpload,
    read: (formData) => ({ organisationId: formData.get("organisationId"), file: formData.get("file") }),
    // Refusals send the importer back to the upload.
    fail: (message) => ({ stage: "upload", message }),
    invalid: uploadProblem,
  },
  async ({ actor, course, locale, input: { file, organisationId } }) => {
    const plan = await previewImport(actor, organisationId, await file.text(), course.id, locale);
    if (plan.fileProblem) return { stage: "upload", message: describeProblems([plan.fileProblem], locale) };
    return {
      stage: "preview",
      message: null,
      batchId: plan.batchId,
      counts: plan.counts,
      rejected: plan.rows.filter((r) => r.action === "reject").slice(0, SHOWN),
      // Existing people first, each with what will change for them; then the first new people.
      updates: plan.rows.filter((r) => r.action === "update").slice(0, SHOWN),
      sample: plan.rows.filter((r) => r.action === "create").slice(0, 20),
    };
  },
);

const ZApply = z.object({ batchId: ZRecordId, sendWelcome: z.boolean() });

/**
 * What the importer is told. For a trainer, "added" includes addresses whose holders already had an account
 * elsewhere and were told how to sign in instead, so the sentence says so without saying which rows were which.
 */
async function appliedMessage(role: TRole, added: number, updated: number): Promise<string> {
  const t = await getTranslations("TrainerMessages");
  return t(role === "ADMIN" ? "importedAdmin" : "importedTrainer", { added, updated });
}

export const applyImportAction = withActor<typeof ZApply, TImportState>(
  {
    roles: STAFF,
    schema: ZApply,
    read: (formData) => ({ batchId: formData.get("batchId"), sendWelcome: formData.get("sendWelcome") === "on" }),
    // A refusal keeps the preview on screen, with the reason.
    fail: (message, previous) => ({ ...previous, ok: false, message }),
    invalid: (_error, _previous, locale) => ({
      stage: "upload",
      message: messageFor("IMPORT_UPLOAD_AGAIN", {}, locale),
    }),
  },
  async ({ actor, input, baseUrl, course }) => {
    const result = unwrap(await applyImport(actor, course, input.batchId, baseUrl, { sendWelcome: input.sendWelcome }));
    // Thousands of welcome emails (and notices to people who already had an account) go out after the response, not while the importer waits.
    after(() => deliverEmails(result.emailIds));
    return { stage: "done", ok: true, message: await appliedMessage(actor.role, result.added, result.updated) };
  },
);
