"use client";

import Link from "next/link";
import { LearnerStatusBadge } from "@/components/learner-status-badge";
import { fill } from "@/components/trainer/fill";
import type { TLearnerRowData, TLearnerRowLabels, TModuleMark } from "./learner-row-data";

// A client component for no interaction of its own: the page then carries each row as its few values
// (learner-row-data.ts) rather than as every element a second time. What all rows share is styled once, in
// app/globals.css (.learner-table, .module-dots), rather than repeated on each of a page's 50 rows.

/** What a module's dot means, in words: shown when pointed at, so the dots can be read without a key. */
function moduleDotTitle(mark: TModuleMark, index: number, title: string | undefined, l: TLearnerRowLabels) {
  const state =
    mark === "passed"
      ? l.modulePassed
      : mark !== null
        ? fill(l.moduleAttempted, { score: mark })
        : l.moduleNotAttempted;
  const number = index + 1;
  return fill(l.moduleDot, { number, title: title ?? fill(l.moduleFallback, { number }), state });
}

/** One learner in the compliance table, ticked to remind them or (with a certificate) to download it. */
function LearnerRow({
  row,
  org,
  moduleTitles,
  labels: l,
}: {
  row: TLearnerRowData;
  org?: string;
  moduleTitles: string[];
  labels: TLearnerRowLabels;
}) {
  // The organisation in the address goes along, so the trainer tasks nav on the record stays in it.
  const record = `/trainer/learners/${row.id}${org ? `?org=${encodeURIComponent(org)}` : ""}`;
  return (
    <tr data-testid="learner-row">
      <td>
        <input
          type="checkbox"
          name="userId"
          value={row.id}
          aria-label={fill(l.select, { name: row.name })}
          data-certificate={row.hasCertificate ? "" : undefined}
        />
      </td>
      <td data-label={l.name}>
        <Link href={record}>{row.name}</Link>
        <span>{row.detail}</span>
      </td>
      <td data-label={l.status}>
        <LearnerStatusBadge status={row.status} label={l.statuses[row.status]} />
      </td>
      <td data-label={l.modules}>
        <span className="sr-only">
          {fill(l.modulesPassed, { passed: row.modulesPassed, total: row.modules.length })}
        </span>
        <span aria-hidden="true" className="module-dots">
          {row.modules.map((mark, i) => (
            <span
              key={i}
              title={moduleDotTitle(mark, i, moduleTitles[i], l)}
              className={mark === "passed" ? "passed" : mark !== null ? "attempted" : undefined}
            />
          ))}
        </span>
      </td>
      <td data-label={l.lastActivity}>{row.lastActivity}</td>
      <td data-label={l.score}>{row.score}</td>
      <td data-label={l.completed}>{row.completed}</td>
      <td data-label={l.validUntil}>{row.validUntil}</td>
      <td data-label={l.due} className={row.daysOverdue ? "font-semibold text-red-700" : undefined}>
        {row.due}
        {row.daysOverdue ? (
          <span className="block text-xs" data-testid="days-overdue">
            {row.overdue}
          </span>
        ) : null}
      </td>
    </tr>
  );
}

/** The learner table's rows. moduleTitles: the course's module titles in course order, sent once for every row. */
export function LearnerRows({
  rows,
  org,
  moduleTitles,
  labels,
}: {
  rows: TLearnerRowData[];
  org?: string;
  moduleTitles: string[];
  labels: TLearnerRowLabels;
}) {
  return rows.map((row) => <LearnerRow key={row.id} row={row} org={org} moduleTitles={moduleTitles} labels={labels} />);
}
