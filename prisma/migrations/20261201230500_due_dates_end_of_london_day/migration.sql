-- Data only. Due dates used to be stored as 23:59:59 UTC on the chosen day, which in British Summer Time is
-- 00:59:59 the next day in London: a due date of 30 June showed as 1 July and became overdue an hour late. The app
-- now stores the end of the chosen day in London (lib/dates/calendar-day.ts): 22:59:59.999 UTC in summer,
-- 23:59:59.999 UTC in winter. This moves every stored due date to that form, and the reminders recorded against a
-- due date with it (their anchorDate is the due date they were about), so none is sent twice. Only values at exactly
-- 23:59:59.000 UTC are touched, which only the old code wrote. Values are stored as Prisma writes them in SQLite,
-- 2027-06-30T23:59:59.000+00:00. London keeps summer time from the last Sunday in March (the Sunday on or after
-- 25 March) until the last Sunday in October; a day from the first to the Saturday before the second ends at 23:00 UTC.
UPDATE "Enrolment"
SET "dueAt" = date("dueAt") || CASE
    WHEN date("dueAt") >= date(strftime('%Y', "dueAt") || '-03-25', 'weekday 0')
     AND date("dueAt") < date(strftime('%Y', "dueAt") || '-10-25', 'weekday 0') THEN 'T22:59:59.999+00:00'
    ELSE 'T23:59:59.999+00:00' END
WHERE typeof("dueAt") = 'text' AND strftime('%H:%M:%f', "dueAt") = '23:59:59.000';

UPDATE "ReminderSent"
SET "anchorDate" = date("anchorDate") || CASE
    WHEN date("anchorDate") >= date(strftime('%Y', "anchorDate") || '-03-25', 'weekday 0')
     AND date("anchorDate") < date(strftime('%Y', "anchorDate") || '-10-25', 'weekday 0') THEN 'T22:59:59.999+00:00'
    ELSE 'T23:59:59.999+00:00' END
WHERE "stage" IN ('due-30', 'due-7', 'due-1', 'overdue', 'overdue-trainer')
  AND typeof("anchorDate") = 'text' AND strftime('%H:%M:%f', "anchorDate") = '23:59:59.000';
