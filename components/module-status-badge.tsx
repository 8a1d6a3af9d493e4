import { getTranslations } from "next-intl/server";
import type { TModuleStatus } from "@/lib/progress/rules";

const STYLES: Record<TModuleStatus, string> = {
  NOT_STARTED: "bg-slate-100 text-slate-800 ring-slate-300",
  IN_PROGRESS: "bg-amber-50 text-amber-900 ring-amber-300",
  PASSED: "bg-emerald-50 text-emerald-900 ring-emerald-300",
};

export async function ModuleStatusBadge({ status }: { status: TModuleStatus }) {
  const t = await getTranslations("Badges.module");
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium ring-1 ${STYLES[status]}`}>
      {t(status)}
    </span>
  );
}
