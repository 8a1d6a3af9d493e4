import { describe, expect, it } from "vitest";
import { dueAtFor } from "../dates/calendar-day";
import { DIGEST_MAX_LISTED, learnerReminderEmail, trainerDigestEmail, trainerReminderEmail } from "./emails";
import { LEARNER_STAGES } from "./stages";
import { emailWriter } from "../email/writer";

const en = await emailWriter("en-GB");

const course = { courseTitle: "Online safety: recognise, respond, report", baseUrl: "https://training.example.org" };
const date = new Date("2027-03-31T12:00:00Z");

describe("reminder emails", () => {
  it.each(LEARNER_STAGES)("%s names the learner, the course, the date and the course link", (stage) => {
    const email = learnerReminderEmail(en, stage, { name: "Sam" }, date, course);
    expect(email.text).toMatch(/^Hello Sam,/);
    expect(email.text).toContain(`"${course.courseTitle}"`);
    expect(email.text).toContain("31 March 2027");
    expect(email.text).toContain("https://training.example.org/course");
    expect(email.subject.length).toBeGreaterThan(10);
  });

  it("lists a trainer's overdue learners by due date, and counts the rest past the limit", () => {
    const learners = Array.from({ length: DIGEST_MAX_LISTED + 5 }, (_, i) => ({
      name: `P${i}`,
      email: `p${i}@x.example`,
      dueAt: new Date(date.getTime() - i * 1000),
    }));
    const email = trainerDigestEmail(en, { name: "Taylor" }, learners, course);
    expect(email.subject).toBe(`${DIGEST_MAX_LISTED + 5} learners are overdue for safeguarding training`);
    expect(email.text.split("\n").filter((l) => l.startsWith("- "))).toHaveLength(DIGEST_MAX_LISTED);
    expect(email.text).toContain(
      `- P${DIGEST_MAX_LISTED + 4} <p${DIGEST_MAX_LISTED + 4}@x.example>, due by 31 March 2027`,
    );
    expect(email.text).toContain("…and 5 more");
    expect(email.text).toContain("https://training.example.org/trainer");
  });

  it("give the due date the trainer chose, in summer time as in winter", () => {
    for (const [day, shown] of [
      ["2027-06-30", "30 June 2027"],
      ["2027-01-15", "15 January 2027"],
    ] as const) {
      expect(learnerReminderEmail(en, "due-7", { name: "Sam" }, dueAtFor(day), course).subject).toBe(
        `Reminder: your safeguarding training is due by ${shown}`,
      );
      expect(learnerReminderEmail(en, "overdue", { name: "Sam" }, dueAtFor(day), course).text).toContain(
        `was due by ${shown} and`,
      );
      expect(
        trainerDigestEmail(
          en,
          { name: "Taylor" },
          [{ name: "Sam", email: "sam@x.example", dueAt: dueAtFor(day) }],
          course,
        ).text,
      ).toContain(`, due by ${shown}`);
    }
  });

  it("a trainer's reminder says who asked, and whether the date has passed", () => {
    const info = { ...course, organisationName: "Hillside Primary" };
    const before = new Date("2027-03-01T12:00:00Z");
    const after = new Date("2027-04-02T12:00:00Z");
    const due = trainerReminderEmail(en, { name: "Sam" }, { name: "Priya Shah" }, date, before, info);
    expect(due.subject).toBe("Reminder: your safeguarding training is due by 31 March 2027");
    expect(due.text).toContain("Priya Shah at Hillside Primary has asked us to remind you");
    expect(due.text).toContain("It is due by 31 March 2027.");
    const late = trainerReminderEmail(en, { name: "Sam" }, { name: "Priya Shah" }, date, after, info);
    expect(late.subject).toBe("Reminder: your safeguarding training is overdue");
    expect(late.text).toContain("It was due by 31 March 2027.");
    const undated = trainerReminderEmail(en, { name: "Sam" }, { name: "Priya Shah" }, null, after, info);
    expect(undated.subject).toBe("Reminder: your safeguarding training");
    expect(undated.text).toContain("https://training.example.org/course");
  });
});

describe("reminder emails in Welsh", async () => {
  const cy = await emailWriter("cy");

  it.each(LEARNER_STAGES)("%s is Welsh, with the date's Welsh month name", (stage) => {
    const email = learnerReminderEmail(cy, stage, { name: "Siân" }, date, course);
    expect(email.text).toMatch(/^Annwyl Siân,\n/);
    expect(email.text).toContain(`"${course.courseTitle}"`);
    expect(email.text).toContain("31 Mawrth 2027");
    expect(email.text).not.toMatch(/March|Hello|Thank you/);
    expect(email.text).toContain("https://training.example.org/course");
  });

  it("a trainer's digest counts learners in all six Welsh forms and dates each in Welsh", () => {
    const digest = (n: number) =>
      trainerDigestEmail(
        cy,
        { name: "Taylor" },
        Array.from({ length: n }, (_, i) => ({ name: `P${i}`, email: `p${i}@x.example`, dueAt: date })),
        course,
      );
    expect(digest(1).subject).toBe("Hyfforddiant diogelu: 1 dysgwr yn hwyr");
    expect(digest(1).text).toContain("Mae'r dysgwr hwn wedi pasio'r dyddiad cwblhau");
    expect(digest(2).subject).toBe("Hyfforddiant diogelu: 2 ddysgwr yn hwyr");
    expect(digest(2).text).toContain("Mae'r ddau ddysgwr hyn wedi pasio'r dyddiad cwblhau");
    expect(digest(3).subject).toBe("Hyfforddiant diogelu: 3 dysgwr yn hwyr");
    expect(digest(6).text).toContain("Mae'r 6 dysgwr hyn");
    expect(digest(6).text).toContain("Mae pob un ohonynt wedi cael nodyn atgoffa hefyd.");
    expect(digest(1).text).toContain("- P0 <p0@x.example>, dyddiad cwblhau 31 Mawrth 2027");
    expect(digest(DIGEST_MAX_LISTED + 5).text).toContain("…a 5 arall");
  });

  it("a trainer's reminder says in Welsh who asked, and whether the date has passed", () => {
    const info = { ...course, organisationName: "Ysgol Gŵyr" };
    const due = trainerReminderEmail(cy, { name: "Sam" }, { name: "Priya Shah" }, date, new Date("2027-03-01"), info);
    expect(due.subject).toBe("Nodyn atgoffa: mae angen cwblhau eich hyfforddiant diogelu erbyn 31 Mawrth 2027");
    expect(due.text).toContain("Mae Priya Shah (Ysgol Gŵyr) wedi gofyn i ni eich atgoffa");
    expect(due.text).toContain("Mae angen ei gwblhau erbyn 31 Mawrth 2027.");
    const late = trainerReminderEmail(cy, { name: "Sam" }, { name: "Priya Shah" }, date, new Date("2027-04-02"), info);
    expect(late.subject).toBe("Nodyn atgoffa: mae eich hyfforddiant diogelu yn hwyr");
    expect(late.text).toContain("Roedd angen ei gwblhau erbyn 31 Mawrth 2027.");
  });
});
