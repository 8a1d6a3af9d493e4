import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { emailKindLabel } from "@/lib/email/kinds";
import { listRecentEmails } from "@/lib/email/outbox";
import { emailIsHeld } from "@/lib/email/send";
import { formatDateTime } from "@/lib/format/dates";
import { ActionForm } from "@/components/action-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { resendEmailAction } from "./actions";
import { CopyLink } from "./copy-link";

export const metadata: Metadata = { title: "Email outbox" };

const STATUS = {
  OUTBOX: "Held in outbox (no email server configured)",
  SENT: "Sent",
  FAILED: "Failed",
  PENDING: "Queued",
  SENDING: "Sending",
  RETRY: "Not delivered yet: will try again",
} as const;

export default async function OutboxPage() {
  const user = await requireRole("ADMIN");
  const emails = await listRecentEmails(user);
  const held = emailIsHeld();
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: "Administration", href: "/admin" }, { label: "Email outbox" }]} />
      <PageHeader title="Email outbox" />
      <p className="text-slate-700">
        The latest 100 emails. Without an email server (set <code>SMTP_URL</code>), messages wait here: copy their links
        and pass them on to the person by another route. A single-use link (an invitation, a password reset) shows here
        only until it expires or the email is sent; after that only a marker is kept. An email that is held or could not
        be delivered can be sent again while its link still works.
      </p>
      {held ? (
        <p className="rounded-md bg-amber-50 p-3 text-amber-900" data-testid="outbox-held-notice">
          No email server is set up, so nothing is sent: &ldquo;Resend&rdquo; keeps an email here until one is.
        </p>
      ) : null}
      <ol className="space-y-3">
        {emails.map((e) => (
          <Card as="li" key={e.id} padding="p-4" className="space-y-3" data-testid="outbox-email">
            <details>
              <summary className="cursor-pointer">
                <span className="font-semibold">{e.subject}</span> to {e.toEmail}
                <span className="block text-sm text-slate-600">
                  {emailKindLabel(e.kind)} · {STATUS[e.status as keyof typeof STATUS] ?? e.status} ·{" "}
                  {formatDateTime(e.createdAt)}
                  {e.error ? ` · ${e.error}` : ""}
                  {e.linkLive && e.linkExpiresAt ? ` · link works until ${formatDateTime(e.linkExpiresAt)}` : ""}
                </span>
              </summary>
              <pre className="mt-3 overflow-x-auto rounded bg-slate-50 p-3 text-sm whitespace-pre-wrap">{e.text}</pre>
            </details>
            {e.link && e.status !== "SENT" ? <CopyLink link={e.link} recipient={e.toEmail} /> : null}
            {e.resendRefusal === null ? (
              <ActionForm action={resendEmailAction} submitLabel="Resend" pendingLabel="Sending…" testId="resend-email">
                <input type="hidden" name="emailId" value={e.id} />
              </ActionForm>
            ) : null}
          </Card>
        ))}
      </ol>
      {emails.length ? null : <p>No emails yet.</p>}
    </div>
  );
}
