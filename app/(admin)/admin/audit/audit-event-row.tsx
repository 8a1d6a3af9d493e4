import { getTranslations } from "next-intl/server";
import type { TDescribedAuditEvent } from "@/lib/audit/resolve";

const TARGETS = ["user", "organisation", "group", "certificate", "invitation", "import", "email"] as const;
const isTarget = (type: string): type is (typeof TARGETS)[number] => (TARGETS as readonly string[]).includes(type);

/**
 * One event: the sentence a safeguarding lead reads, its details as "label: value", and in small print the
 * record as stored (action code and ids), for matching it with the CSV or a support request.
 */
export async function AuditEventRow({ event: e, when }: { event: TDescribedAuditEvent; when: string }) {
  const t = await getTranslations("AdminAudit");
  return (
    <tr className="border-b border-slate-100 align-top" data-testid="audit-event">
      <td className="py-2 whitespace-nowrap">{when}</td>
      <td className="py-2">
        <p className="font-medium text-slate-900" data-testid="audit-summary">
          {e.summary}
        </p>
        {e.details.length ? (
          <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-slate-700">
            {e.details.map((d) => (
              <div key={d.label} className="flex gap-1">
                <dt className="font-medium">{d.label}:</dt>
                <dd className="break-words">{d.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        <p className="mt-1 text-xs break-all text-slate-600">
          {e.actor?.email ? `${t("by", { email: e.actor.email })} · ` : ""}
          {t.rich("recordedAs", { code: (chunks) => <code>{chunks}</code>, action: e.action })}
          {e.targetId ? ` · ${isTarget(e.targetType) ? t(`targets.${e.targetType}`) : e.targetType} ${e.targetId}` : ""}
        </p>
      </td>
      <td className="py-2">{e.organisationName ?? "—"}</td>
    </tr>
  );
}
