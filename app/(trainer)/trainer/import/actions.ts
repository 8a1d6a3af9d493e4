"use server";

import { ZRecordId, ZRecordIdOrEmpty } from "@/lib/actions/ids";
import { after } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { deliverEmails } from "@/lib/email/send";
import { publicBaseUrl } from "@/lib/env";
import { MAX_IMPORT_BYTES, type TPreviewRow } from "@/lib/imports/plan";
import { applyImport, previewImport } from "@/lib/imports/run";
import { TAccessDenied } from "@/lib/people/scope";
import { getDefaultCourse } from "@/lib/course";

export type TImportState = {
  stage: "upload" | "preview" | "done";
  message: string | null;
  ok?: boolean;
  batchId?: string;
  counts?: { create: number; update: number; reject: number };
  rejected?: TPreviewRow[];
  sample?: TPreviewRow[];
};

const SHOWN = 200;

export async function previewImportAction(_prev: TImportState, formData: FormData): Promise<TImportState> {
  const user = await getCurrentUser();
  if (!user || user.role === "LEARNER")
    return { stage: "upload", message: "Only trainers and administrators can import people." };
  const file = formData.get("file");
  const organisationId = ZRecordIdOrEmpty.safeParse(formData.get("organisationId"));
  if (!(file instanceof File) || file.size === 0) return { stage: "upload", message: "Choose a CSV file to upload." };
  if (file.size > MAX_IMPORT_BYTES)
    return { stage: "upload", message: "The file is larger than 2 MB. Split it into smaller files." };
  if (!organisationId.success) return { stage: "upload", message: "Choose an organisation." };
  try {
    const plan = await previewImport(user, organisationId.data, await file.text());
    if (plan.fileProblem) return { stage: "upload", message: plan.fileProblem };
    return {
      stage: "preview",
      message: null,
      batchId: plan.batchId,
      counts: plan.counts,
      rejected: plan.rows.filter((r) => r.action === "reject").slice(0, SHOWN),
      sample: plan.rows.filter((r) => r.action !== "reject").slice(0, 20),
    };
  } catch (error) {
    if (error instanceof TAccessDenied) return { stage: "upload", message: error.message };
    throw error;
  }
}

export async function applyImportAction(prev: TImportState, formData: FormData): Promise<TImportState> {
  const user = await getCurrentUser();
  if (!user || user.role === "LEARNER")
    return { ...prev, message: "Only trainers and administrators can import people." };
  const batchId = ZRecordId.safeParse(formData.get("batchId"));
  if (!batchId.success) return { stage: "upload", message: "Upload the file again." };
  try {
    const result = await applyImport(user, getDefaultCourse(), batchId.data, publicBaseUrl(), {
      sendWelcome: formData.get("sendWelcome") === "on",
    });
    if (!result.ok) return { ...prev, ok: false, message: result.message };
    // Thousands of welcome emails (and notices to people who already had an account) go out after the response, not while the importer waits.
    after(() => deliverEmails(result.emailIds));
    return { stage: "done", ok: true, message: result.message };
  } catch (error) {
    if (error instanceof TAccessDenied) return { ...prev, ok: false, message: error.message };
    throw error;
  }
}
