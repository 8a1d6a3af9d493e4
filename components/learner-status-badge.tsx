import type { TLearnerStatus } from "@/lib/enrolments/status";

const STYLES: Record<TLearnerStatus, string> = {
  completed: "bg-emerald-50 text-emerald-900 ring-emerald-400",
  expiring: "bg-amber-50 text-amber-950 ring-amber-400",
  overdue: "bg-red-700 text-white ring-red-800",
  expired: "bg-red-50 text-red-900 ring-red-400",
  "in-progress": "bg-sky-50 text-sky-900 ring-sky-300",
  "not-started": "bg-slate-100 text-slate-800 ring-slate-300",
};

/** A learner's status as a coloured badge; `label` is the status in the page's language (TrainerStatus). */
export function LearnerStatusBadge({ status, label }: { status: TLearnerStatus; label: string }) {
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ${STYLES[status]}`}
    >
      {label}
    </span>
  );
}
