"use client";

import { useFormAction } from "@/components/use-form-action";
import { applyImportAction, previewImportAction, type TImportState } from "./actions";
import { Card, CardTitle } from "@/components/ui/card";
import { RowsTable } from "./rows-table";

/** Upload, preview (nothing written yet), then confirm: every row is imported, or none. */
export function ImportFlow({ organisationId }: { organisationId: string }) {
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
          CSV file
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
          First row: <code>name,email,group,due date</code>. Several groups go in one cell separated by semicolons. Due
          dates as 2027-01-31 or 31/01/2027. Up to 2 MB.
        </p>
        <button
          type="submit"
          disabled={previewing}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {previewing ? "Checking…" : "Check the file"}
        </button>
        <div aria-live="polite" data-testid="import-file-message">
          {preview.stage === "upload" && preview.message ? (
            <p className="rounded-md bg-red-50 p-3 text-red-800">{preview.message}</p>
          ) : null}
        </div>
      </Card>

      {preview.stage === "preview" && counts ? (
        <Card aria-labelledby="preview-title" className="space-y-3" data-testid="import-preview">
          <CardTitle id="preview-title">
            {applied.stage === "done" && applied.ok ? "Imported" : "Preview: nothing has been imported yet"}
          </CardTitle>
          <p>
            <strong>{counts.create}</strong> to create, <strong>{counts.update}</strong> to update,{" "}
            <strong className={counts.reject ? "text-red-800" : ""}>{counts.reject}</strong> rejected.
          </p>
          {preview.rejected?.length ? (
            <>
              <RowsTable rows={preview.rejected} caption="Rejected rows" showReasons />
              <p className="rounded-md bg-amber-50 p-3">
                Fix these rows in your spreadsheet and upload it again. Imports are all or nothing, so nobody has been
                added.
              </p>
            </>
          ) : (
            <>
              {preview.updates?.length ? (
                <RowsTable
                  rows={preview.updates}
                  caption={
                    preview.updates.length < counts.update
                      ? `People already here: what changes (first ${preview.updates.length} of ${counts.update})`
                      : "People already here: what changes"
                  }
                  showReasons={false}
                />
              ) : null}
              {preview.sample?.length ? (
                <RowsTable
                  rows={preview.sample}
                  caption={
                    preview.sample.length < counts.create
                      ? `New people (first ${preview.sample.length} of ${counts.create})`
                      : "New people"
                  }
                  showReasons={false}
                />
              ) : null}
              {applied.stage === "done" ? null : (
                <form {...applyForm} className="space-y-3">
                  <input type="hidden" name="batchId" value={preview.batchId} />
                  <div className="flex items-center gap-2">
                    <input id="sendWelcome" name="sendWelcome" type="checkbox" defaultChecked />
                    <label htmlFor="sendWelcome">Email new people a link to set their password</label>
                  </div>
                  <button
                    type="submit"
                    disabled={applying}
                    className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
                  >
                    {applying ? "Importing…" : `Import ${counts.create + counts.update} people`}
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
