import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LearnerRows } from "./learner-row";
import messages from "@/lib/i18n/messages/en-GB/trainer.json";
import { learnerRowLabels, toLearnerRowData, type TListedLearner } from "./learner-row-data";

const labels = learnerRowLabels(
  (key) => (messages.TrainerDashboard as Record<string, string>)[key]!,
  (status) => messages.TrainerStatus[status],
);

const now = new Date("2026-11-23T12:00:00Z");
const DAY = 86_400_000;
const TITLES = ["Scale", "Grooming", "Sextortion"];

function listed(overrides: Partial<TListedLearner> = {}): TListedLearner {
  return {
    dueAt: new Date(now.getTime() - 3.5 * DAY),
    validUntil: null,
    lastActivityAt: new Date("2026-11-20T09:00:00Z"),
    completedAt: null,
    scorePercent: null,
    certificateNumber: null,
    user: { id: "u1", name: "Owen Overdue", email: "owen@school.example", memberships: [] },
    status: "overdue",
    groups: ["Nursery", "Reception"],
    modules: [
      { moduleId: "scale", passed: true, bestScore: 90 },
      { moduleId: "grooming", passed: false, bestScore: 60 },
      { moduleId: "sextortion", passed: false, bestScore: null },
    ],
    modulesPassed: 1,
    ...overrides,
  };
}

const render = (learners: TListedLearner[], org?: string) =>
  renderToStaticMarkup(
    createElement(
      "table",
      null,
      createElement(
        "tbody",
        null,
        createElement(LearnerRows, {
          rows: learners.map((l) => toLearnerRowData(l, now)),
          org,
          moduleTitles: TITLES,
          labels,
        }),
      ),
    ),
  );

// The rows lost their repeated classes to app/globals.css; nothing a trainer sees or hears may go with them.
describe("a learner table row", () => {
  it("keeps its checkbox, labels for phones and the screen reader, and the record link", () => {
    const html = render([listed()], "org-2");
    expect(html).toContain('data-testid="learner-row"');
    expect(html).toMatch(/<input type="checkbox"[^>]*aria-label="Select Owen Overdue"[^>]*name="userId" value="u1"/);
    expect(html).not.toContain("data-certificate");
    for (const label of ["Name", "Status", "Modules", "Last activity", "Score", "Completed", "Valid until", "Due"])
      expect(html).toContain(`data-label="${label}"`);
    expect(html).toContain('href="/trainer/learners/u1?org=org-2"');
    expect(html).toContain("owen@school.example · Nursery, Reception");
  });

  it("says each module's state in words, and how many are passed", () => {
    const html = render([listed()]);
    expect(html).toContain('<span class="sr-only">1 of 3 passed</span>');
    expect(html).toContain('title="1. Scale: passed" class="passed"');
    expect(html).toContain('title="2. Grooming: attempted, best 60%" class="attempted"');
    expect(html).toContain('title="3. Sextortion: not attempted"');
  });

  it("counts whole days overdue, and marks who has a certificate to download", () => {
    const overdue = render([listed()]);
    expect(overdue).toContain('data-testid="days-overdue">3 days overdue<');
    expect(overdue).toContain("20 Nov 2026");
    const certified = render([
      listed({
        status: "completed",
        dueAt: null,
        validUntil: new Date("2027-11-20T00:00:00Z"),
        completedAt: new Date("2026-11-20T00:00:00Z"),
        scorePercent: 85,
        certificateNumber: "SG-1",
      }),
    ]);
    expect(certified).toContain('data-certificate=""');
    expect(certified).toContain(">85%<");
    expect(certified).not.toContain("overdue");
  });
});
