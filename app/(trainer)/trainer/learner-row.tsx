"use client";

import Link from "next/link";
import { LearnerStatusBadge } from "@/components/learner-status-badge";
import type { TLearnerRowData, TModuleMark } from "./learner-row-data";

// A client component for no interaction of its own: the page then carries each row as its few values
// (learner-row-data.ts) rather than as every element a second time. What all rows share is styled once, in
// app/globals.css (.learner-table, .module-dots), rather than repeated on each of a page's 50 rows.

/** What a module's dot means, in words: shown when pointed at, so the dots can be read without a key. */
function moduleDotTitle(mark: TModuleMark, index: number, title: string | undefined) {
  const state = mark === "passed" ? "passed" : mark !== null ? `attempted, best ${mark}%` : "not attempted";
  return `${index + 1}. ${title ?? `Module ${index + 1}`}: ${state}`;
}

/** One learner in the compliance table, ticked to remind them or (with a certificate) to download it. */
function LearnerRow({ row, org, moduleTitles }: { row: TLearnerRowData; org?: string; moduleTitles: string[] }) {
  // The organisation in the address goes along, so the trainer tasks nav on the record stays in it.
  const record = `/trainer/learners/${row.id}${org ? `?org=${encodeURIComponent(org)}` : ""}`;
  return (
    <tr data-testid="learner-row">
      <td>
        <input
          type="checkbox"
          name="userId"
          value={row.id}
          aria-label={`Select ${row.name}`}
          data-certificate={row.hasCertificate ? "" : undefined}
        />
      </td>
      <td data-label="Name">
        <Link href={record}>{row.name}</Link>
        <span>{row.detail}</span>
      </td>
      <td data-label="Status">
        <LearnerStatusBadge status={row.status} />
      </td>
      <td data-label="Modules">
        <span className="sr-only">{`${row.modulesPassed} of ${row.modules.length} passed`}</span>
        <span aria-hidden="true" className="module-dots">
          {row.modules.map((mark, i) => (
            <span
              key={i}
              title={moduleDotTitle(mark, i, moduleTitles[i])}
              className={mark === "passed" ? "passed" : mark !== null ? "attempted" : undefined}
            />
          ))}
        </span>
      </td>
      <td data-label="Last activity">{row.lastActivity}</td>
      <td data-label="Score">{row.score}</td>
      <td data-label="Completed">{row.completed}</td>
      <td data-label="Valid until">{row.validUntil}</td>
      <td data-label="Due" className={row.daysOverdue ? "font-semibold text-red-700" : undefined}>
        {row.due}
        {row.daysOverdue ? (
          <span className="block text-xs" data-testid="days-overdue">
            {`${row.daysOverdue} ${row.daysOverdue === 1 ? "day" : "days"} overdue`}
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
}: {
  rows: TLearnerRowData[];
  org?: string;
  moduleTitles: string[];
}) {
  return rows.map((row) => <LearnerRow key={row.id} row={row} org={org} moduleTitles={moduleTitles} />);
}
