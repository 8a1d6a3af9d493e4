"use client";

import { useFormAction } from "@/components/use-form-action";
import { applyImportAction, previewImportAction, type TImportState } from "./actions";
import { Card, CardTitle } from "@/components/ui/card";
import { fill, splitTemplate } from "@/components/trainer/fill";
import { RowsTable, type TRowsTableLabels } from "./rows-table";

/** The flow's words in the page's language (TrainerImport); those with "{…}" are templates filled in here. */
export type TImportLabels = Record<
  | "csvFile"
  | "checking"
  | "check"
  | "imported"
  | "preview"
  | "counts"
  | "rejectedRows"
  | "fixRows"
  | "updates"
  | "updatesFirst"
  | "newPeople"
  | "newPeopleFirst"
  | "sendWelcome"
  | "importing"
  | "importCount",
  string
> & { table: TRowsTableLabels };

/** Upload, preview (nothing written yet), then confirm: every row is imported, or none. */
export function ImportFlow({
  organisationId,
  fileHint,
  labels: l,
}: {
  organisationId: string;
  /** The file's expected columns, with its code marked up. */
  fileHint: React.ReactNode;
  labels: TImportLabels;
}) {
  const {
    state: preview,
    pending: previewing,
    form: previewForm,
  } = useFormAction<TImportState>(previewImportAction, { stage: "upload", message: null });
  const {
    state: applied,
    pending: applying,
    form: applyForm,
  } = useFormAction<TImportState>(applyImportAction, { stage: "upload", message: null });
  const counts = preview.counts;

  return (
    <div className="space-y-5">
      <Card as="form" {...previewForm} className="space-y-3">
        <input type="hidden" name="organisationId" value={organisationId} />
        <label htmlFor="file" className="block font-medium">
          {l.csvFile}
        </label>
        <input
          id="file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          aria-describedby="file-hint"
          className="block"
        />
        <p id="file-hint" className="text-sm text-slate-600">
          {fileHint}
        </p>
        <button
          type="submit"
          disabled={previewing}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {previewing ? l.checking : l.check}
        </button>
        <div aria-live="polite" data-testid="import-file-message">
          {preview.stage === "upload" && preview.message ? (
            <p className="rounded-md bg-red-50 p-3 text-red-800">{preview.message}</p>
          ) : null}
        </div>
      </Card>

      {preview.stage === "preview" && counts ? (
        <Card aria-labelledby="preview-title" className="space-y-3" data-testid="import-preview">
          <CardTitle id="preview-title">{applied.stage === "done" && applied.ok ? l.imported : l.preview}</CardTitle>
          <p>
            {splitTemplate(l.counts).map((part, i) =>
              typeof part === "string" ? (
                part
              ) : (
                <strong key={i} className={part.name === "reject" && counts.reject ? "text-red-800" : undefined}>
                  {counts[part.name as keyof typeof counts]}
                </strong>
              ),
            )}
          </p>
          {preview.rejected?.length ? (
            <>
              <RowsTable rows={preview.rejected} caption={l.rejectedRows} showReasons labels={l.table} />
              <p className="rounded-md bg-amber-50 p-3">{l.fixRows}</p>
            </>
          ) : (
            <>
              {preview.updates?.length ? (
                <RowsTable
                  rows={preview.updates}
                  caption={
                    preview.updates.length < counts.update
                      ? fill(l.updatesFirst, { shown: preview.updates.length, total: counts.update })
                      : l.updates
                  }
                  showReasons={false}
                  labels={l.table}
                />
              ) : null}
              {preview.sample?.length ? (
                <RowsTable
                  rows={preview.sample}
                  caption={
                    preview.sample.length < counts.create
                      ? fill(l.newPeopleFirst, { shown: preview.sample.length, total: counts.create })
                      : l.newPeople
                  }
                  showReasons={false}
                  labels={l.table}
                />
              ) : null}
              {applied.stage === "done" ? null : (
                <form {...applyForm} className="space-y-3">
                  <input type="hidden" name="batchId" value={preview.batchId} />
                  <div className="flex items-center gap-2">
                    <input id="sendWelcome" name="sendWelcome" type="checkbox" defaultChecked />
                    <label htmlFor="sendWelcome">{l.sendWelcome}</label>
                  </div>
                  <button
                    type="submit"
                    disabled={applying}
                    className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
                  >
                    {applying ? l.importing : fill(l.importCount, { count: counts.create + counts.update })}
                  </button>
                </form>
              )}
            </>
          )}
          <div aria-live="polite" data-testid="import-result">
            {applied.message ? (
              <p
                className={`rounded-md p-3 ${applied.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800"}`}
              >
                {applied.message}
              </p>
            ) : null}
          </div>
        </Card>
      ) : null}
    </div>
  );
}
