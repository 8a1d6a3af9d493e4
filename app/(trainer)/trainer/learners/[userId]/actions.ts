"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { after } from "next/server";
import { z } from "zod";
import { ZRecordId } from "@/lib/actions/ids";
import { changeDueDate } from "@/lib/compliance/due-date";
import { withActor } from "@/lib/edge/action";
import { unwrap } from "@/lib/edge/outcome";
import { deliverEmails, emailIsHeld } from "@/lib/email/send";
import { formatCalendarDay } from "@/lib/format/dates";
import { parseDueDate } from "@/lib/imports/plan";
import { resendWelcome, WELCOME_DAYS } from "@/lib/people/welcome";

const STAFF = ["TRAINER", "ADMIN"] as const;

const ZDueDate = z.object({
  userId: ZRecordId,
  dueDate: z.string().refine((v) => !!parseDueDate(v), "FIELD_DUE_DATE_MISSING"),
  tell: z.boolean(),
});

/** Changes one learner's due date from their record, telling them by email when ticked. */
export const changeDueDateAction = withActor(
  {
    roles: { only: STAFF, action: "change-due-dates" },
    schema: ZDueDate,
    read: (formData) => ({
      userId: formData.get("userId"),
      dueDate: formData.get("dueDate"),
      tell: formData.get("tell") === "on",
    }),
  },
  async ({ actor, input, course, baseUrl }) => {
    const day = parseDueDate(input.dueDate)!;
    const result = unwrap(
      await changeDueDate(actor, course, { userId: input.userId, dueDate: day, tell: input.tell }, baseUrl),
    );
    if (result.emailId) after(() => deliverEmails([result.emailId!]));
    revalidatePath(`/trainer/learners/${input.userId}`);
    const [t, locale] = await Promise.all([getTranslations("TrainerMessages"), getLocale()]);
    const date = (d: string) => formatCalendarDay(d, { locale });
    const parts = [
      result.from === result.to
        ? t("dueStays", { date: date(result.to) })
        : result.from
          ? t("dueChangedFrom", { from: date(result.from), to: date(result.to) })
          : t("dueChanged", { to: date(result.to) }),
    ];
    if (result.pastDue) parts.push(t("duePast"));
    if (result.emailId) parts.push(emailIsHeld() ? t("notEmailedHeld") : t("emailedNewDate"));
    return { ok: true, message: parts.join(" ") };
  },
);

const ZUserId = z.object({ userId: ZRecordId });

/** Sends a fresh "choose your password" link to someone who has never set up their account. */
export const resendWelcomeAction = withActor(
  {
    roles: { only: STAFF, action: "resend-invitations" },
    schema: ZUserId,
    read: (formData) => ({ userId: formData.get("userId") }),
  },
  async ({ actor, input, course, baseUrl }) => {
    const { emailId, email } = unwrap(await resendWelcome(actor, course, input.userId, baseUrl));
    after(() => deliverEmails([emailId]));
    revalidatePath(`/trainer/learners/${input.userId}`);
    const t = await getTranslations("TrainerMessages");
    return { ok: true, message: t(emailIsHeld() ? "welcomeHeld" : "welcomeSent", { email, days: WELCOME_DAYS }) };
  },
);
