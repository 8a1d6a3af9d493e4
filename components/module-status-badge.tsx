import type { TModuleStatus } from "@/lib/progress/rules";

const STYLES: Record<TModuleStatus, { label: string; className: string }> = {
  NOT_STARTED: { label: "Not started", className: "bg-slate-100 text-slate-800 ring-slate-300" },
  IN_PROGRESS: { label: "In progress", className: "bg-amber-50 text-amber-900 ring-amber-300" },
  PASSED: { label: "Passed", className: "bg-emerald-50 text-emerald-900 ring-emerald-300" },
};

export function ModuleStatusBadge({ status }: { status: TModuleStatus }) {
  const { label, className } = STYLES[status];
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium ring-1 ${className}`}>{label}</span>
  );
}
