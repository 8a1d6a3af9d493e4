import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { listRecentEmails } from "@/lib/email/outbox";
import { formatDateTime } from "@/lib/format/dates";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

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
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: "Administration", href: "/admin" }, { label: "Email outbox" }]} />
      <PageHeader title="Email outbox" />
      <p className="text-slate-700">
        The latest 100 emails. Without an email server (set <code>SMTP_URL</code>), messages wait here: pass their links
        on to the person by another route. A single-use link (an invitation, a password reset) shows here only until it
        expires or the email is sent; after that only a marker is kept.
      </p>
      <ol className="space-y-3">
        {emails.map((e) => (
          <Card as="li" key={e.id} padding="p-4" data-testid="outbox-email">
            <details>
              <summary className="cursor-pointer">
                <span className="font-semibold">{e.subject}</span> to {e.toEmail}
                <span className="block text-sm text-slate-600">
                  {e.kind} · {STATUS[e.status as keyof typeof STATUS] ?? e.status} · {formatDateTime(e.createdAt)}
                  {e.error ? ` · ${e.error}` : ""}
                  {e.linkLive && e.linkExpiresAt ? ` · link works until ${formatDateTime(e.linkExpiresAt)}` : ""}
                </span>
              </summary>
              <pre className="mt-3 overflow-x-auto rounded bg-slate-50 p-3 text-sm whitespace-pre-wrap">{e.text}</pre>
            </details>
          </Card>
        ))}
      </ol>
      {emails.length ? null : <p>No emails yet.</p>}
    </div>
  );
}
