import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import { emailKindLabel } from "@/lib/email/kinds";
import { listRecentEmails } from "@/lib/email/outbox";
import { emailIsHeld } from "@/lib/email/send";
import { formatDateTime } from "@/lib/format/dates";
import type { TLocale } from "@/lib/i18n/locales";
import { ActionForm } from "@/components/action-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { resendEmailAction } from "./actions";
import { CopyLink } from "./copy-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminOutbox"))("title") };
}

const STATUSES = ["OUTBOX", "SENT", "FAILED", "PENDING", "SENDING", "RETRY"] as const;
const isStatus = (status: string): status is (typeof STATUSES)[number] =>
  (STATUSES as readonly string[]).includes(status);

export default async function OutboxPage() {
  const user = await requireRole("ADMIN");
  const emails = await listRecentEmails(user);
  const held = emailIsHeld();
  const [t, tHome, locale] = await Promise.all([
    getTranslations("AdminOutbox"),
    getTranslations("AdminHome"),
    getLocale() as Promise<TLocale>,
  ]);
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: tHome("title"), href: "/admin" }, { label: t("title") }]} />
      <PageHeader title={t("title")} />
      <p className="text-slate-700">{t.rich("intro", { code: (chunks) => <code>{chunks}</code> })}</p>
      {held ? (
        <p className="rounded-md bg-amber-50 p-3 text-amber-900" data-testid="outbox-held-notice">
          {t("heldNotice")}
        </p>
      ) : null}
      <ol className="space-y-3">
        {emails.map((e) => (
          <Card as="li" key={e.id} padding="p-4" className="space-y-3" data-testid="outbox-email">
            <details>
              <summary className="cursor-pointer">
                {t.rich("to", {
                  subject: (chunks) => <span className="font-semibold">{chunks}</span>,
                  email: e.toEmail,
                  subjectText: e.subject,
                })}
                <span className="block text-sm text-slate-600">
                  {emailKindLabel(e.kind, locale)} · {isStatus(e.status) ? t(`statuses.${e.status}`) : e.status} ·{" "}
                  {formatDateTime(e.createdAt, { locale })}
                  {e.error ? ` · ${e.error}` : ""}
                  {e.linkLive && e.linkExpiresAt
                    ? ` · ${t("linkUntil", { date: formatDateTime(e.linkExpiresAt, { locale }) })}`
                    : ""}
                </span>
              </summary>
              <pre className="mt-3 overflow-x-auto rounded bg-slate-50 p-3 text-sm whitespace-pre-wrap">{e.text}</pre>
            </details>
            {e.link && e.status !== "SENT" ? (
              <CopyLink
                link={e.link}
                text={{
                  label: t("copyLabel", { recipient: e.toEmail }),
                  copy: t("copy"),
                  copied: t("copied"),
                  select: t("copySelect"),
                }}
              />
            ) : null}
            {e.resendRefusal === null ? (
              <ActionForm
                action={resendEmailAction}
                submitLabel={t("resend")}
                pendingLabel={t("sending")}
                testId="resend-email"
              >
                <input type="hidden" name="emailId" value={e.id} />
              </ActionForm>
            ) : null}
          </Card>
        ))}
      </ol>
      {emails.length ? null : <p>{t("none")}</p>}
    </div>
  );
}
