import Link from "next/link";
import { LearnerStatusBadge } from "@/components/learner-status-badge";
import type { listLearners } from "@/lib/compliance/dashboard";
import { formatShortDate } from "@/lib/format/dates";

export type TLearnerRow = Awaited<ReturnType<typeof listLearners>>["learners"][number];

const d = (date: Date | null) => (date ? formatShortDate(date) : "–");

function moduleDot(m: TLearnerRow["modules"][number]) {
  const colour = m.passed ? "bg-emerald-600" : m.bestScore !== null ? "bg-amber-400" : "bg-slate-300";
  return `inline-block size-2.5 rounded-full ${colour}`;
}

/** What a module's dot means, in words: shown when pointed at, so the dots can be read without a key. */
function moduleDotTitle(m: TLearnerRow["modules"][number], index: number, title: string | undefined) {
  const state = m.passed ? "passed" : m.bestScore !== null ? `attempted, best ${m.bestScore}%` : "not attempted";
  return `${index + 1}. ${title ?? m.moduleId}: ${state}`;
}

const DAY_MS = 86_400_000;

/** One learner in the compliance table, ticked to remind them or (with a certificate) to download it. */
export function LearnerRow({
  learner: l,
  org,
  moduleTitles,
  now,
}: {
  learner: TLearnerRow;
  org?: string;
  /** Module id to title, for the dots. */
  moduleTitles: Record<string, string>;
  now: Date;
}) {
  // Whole days past the due date, for the people a trainer chases first.
  const daysOverdue =
    l.status === "overdue" && l.dueAt ? Math.max(1, Math.floor((now.getTime() - l.dueAt.getTime()) / DAY_MS)) : 0;
  // The organisation in the address goes along, so the trainer tasks nav on the record stays in it.
  const record = `/trainer/learners/${l.user.id}${org ? `?org=${encodeURIComponent(org)}` : ""}`;
  return (
    <tr className="border-b border-slate-100 align-top" data-testid="learner-row">
      <td className="py-2">
        <input
          type="checkbox"
          name="userId"
          value={l.user.id}
          aria-label={`Select ${l.user.name}`}
          data-certificate={l.certificateNumber ? "" : undefined}
          className="size-4"
        />
      </td>
      <td data-label="Name">
        <Link href={record} className="font-medium text-brand-700 underline">
          {l.user.name}
        </Link>
        <span className="block text-xs text-slate-600">
          {l.user.email}
          {l.groups.length ? ` · ${l.groups.join(", ")}` : ""}
        </span>
      </td>
      <td data-label="Status">
        <LearnerStatusBadge status={l.status} />
      </td>
      <td data-label="Modules">
        <span className="sr-only">
          {l.modulesPassed} of {l.modules.length} passed
        </span>
        <span aria-hidden="true" className="flex gap-0.5">
          {l.modules.map((m, i) => (
            <span key={m.moduleId} title={moduleDotTitle(m, i, moduleTitles[m.moduleId])} className={moduleDot(m)} />
          ))}
        </span>
      </td>
      <td data-label="Last activity" className="whitespace-nowrap">
        {d(l.lastActivityAt)}
      </td>
      <td data-label="Score">{l.scorePercent !== null ? `${l.scorePercent}%` : "–"}</td>
      <td data-label="Completed" className="whitespace-nowrap">
        {d(l.completedAt)}
      </td>
      <td data-label="Valid until" className="whitespace-nowrap">
        {d(l.validUntil)}
      </td>
      <td
        data-label="Due"
        className={`whitespace-nowrap ${l.status === "overdue" ? "font-semibold text-red-700" : ""}`}
      >
        {d(l.dueAt)}
        {daysOverdue ? (
          <span className="block text-xs" data-testid="days-overdue">
            {daysOverdue} {daysOverdue === 1 ? "day" : "days"} overdue
          </span>
        ) : null}
      </td>
    </tr>
  );
}
