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

/** One learner in the compliance table; a certificate holder can be ticked for the PDF download. */
export function LearnerRow({ learner: l, org }: { learner: TLearnerRow; org?: string }) {
  // The organisation in the address goes along, so the trainer tasks nav on the record stays in it.
  const record = `/trainer/learners/${l.user.id}${org ? `?org=${encodeURIComponent(org)}` : ""}`;
  return (
    <tr className="border-b border-slate-100 align-top" data-testid="learner-row">
      <td className="py-2">
        {l.certificateNumber ? (
          <input
            type="checkbox"
            name="userId"
            value={l.user.id}
            aria-label={`Select ${l.user.name}`}
            className="size-4"
          />
        ) : null}
      </td>
      <td>
        <Link href={record} className="font-medium text-brand-700 underline">
          {l.user.name}
        </Link>
        <span className="block text-xs text-slate-600">
          {l.user.email}
          {l.groups.length ? ` · ${l.groups.join(", ")}` : ""}
        </span>
      </td>
      <td>
        <LearnerStatusBadge status={l.status} />
      </td>
      <td>
        <span className="sr-only">
          {l.modulesPassed} of {l.modules.length} passed
        </span>
        <span aria-hidden="true" className="flex gap-0.5">
          {l.modules.map((m) => (
            <span key={m.moduleId} title={m.moduleId} className={moduleDot(m)} />
          ))}
        </span>
      </td>
      <td className="whitespace-nowrap">{d(l.lastActivityAt)}</td>
      <td>{l.scorePercent !== null ? `${l.scorePercent}%` : "–"}</td>
      <td className="whitespace-nowrap">{d(l.completedAt)}</td>
      <td className="whitespace-nowrap">{d(l.validUntil)}</td>
      <td className={`whitespace-nowrap ${l.status === "overdue" ? "font-semibold text-red-700" : ""}`}>
        {d(l.dueAt)}
      </td>
    </tr>
  );
}
