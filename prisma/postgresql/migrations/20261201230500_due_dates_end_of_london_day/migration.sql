-- This is an empty migration.

-- Data, written by hand (everything above this line is Prisma's `migrate diff`, checked by lib/db/schema-drift.test.ts):
-- Due dates used to be stored as 23:59:59 UTC on the chosen day, which in British Summer Time is 00:59:59 the next
-- day in London: a due date of 30 June showed as 1 July and became overdue an hour late. The app now stores the end
-- of the chosen day in London (lib/dates/calendar-day.ts): 22:59:59.999 UTC in summer, 23:59:59.999 UTC in winter.
-- This moves every stored due date to that form, and the reminders recorded against a due date with it (their
-- anchorDate is the due date they were about), so none is sent twice. Only values at exactly 23:59:59.000 UTC are
-- touched, which only the old code wrote. Columns are timestamp(3) holding UTC.
UPDATE "Enrolment"
SET "dueAt" = ((("dueAt"::date + 1)::timestamp AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC') - interval '1 millisecond'
WHERE "dueAt"::time = time '23:59:59';

UPDATE "ReminderSent"
SET "anchorDate" = ((("anchorDate"::date + 1)::timestamp AT TIME ZONE 'Europe/London') AT TIME ZONE 'UTC') - interval '1 millisecond'
WHERE "stage" IN ('due-30', 'due-7', 'due-1', 'overdue', 'overdue-trainer') AND "anchorDate"::time = time '23:59:59';
