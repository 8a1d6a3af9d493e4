import { getTranslations } from "next-intl/server";
import type { TCertificateStatus } from "@/lib/certificates/status";

const STYLES: Record<TCertificateStatus, string> = {
  valid: "bg-emerald-50 text-emerald-900 ring-emerald-400",
  "expiring-soon": "bg-amber-50 text-amber-950 ring-amber-400",
  expired: "bg-red-50 text-red-900 ring-red-400",
  superseded: "bg-slate-100 text-slate-800 ring-slate-400",
  revoked: "bg-red-50 text-red-900 ring-red-400",
};

export async function CertificateStatusBadge({ status }: { status: TCertificateStatus }) {
  const t = await getTranslations("Badges.certificate");
  return (
    <span
      className={`inline-block rounded-full px-3 py-1 text-sm font-semibold ring-1 ${STYLES[status]}`}
      data-testid="certificate-status"
    >
      {t(status)}
    </span>
  );
}
