import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatCalendarDay, formatDate } from "@/lib/format/dates";
import type { TChangesSinceEntry } from "@/lib/course/changelog";
import { lessonPath } from "@/lib/course/paths";

/**
 * For a learner renewing after the content changed: each version since the one they completed,
 * newest first, with what changed in each lesson, why, and a link to read it again.
 */
export async function ChangesSincePanel({
  completed,
  entries,
}: {
  completed: { courseVersion: string; completedAt: Date };
  entries: TChangesSinceEntry[];
}) {
  if (!entries.length) return null;
  const [t, locale] = await Promise.all([getTranslations("ChangesSince"), getLocale()]);
  const detail = (chunks: React.ReactNode) => <span className="font-normal text-slate-700">{chunks}</span>;
  return (
    <section
      aria-labelledby="changes-since-title"
      className="rounded-xl border-l-4 border-brand-700 bg-white p-5 shadow-sm sm:p-6"
      data-testid="changes-since"
    >
      <h2 id="changes-since-title" className="text-xl font-bold">
        {t.rich("heading", {
          version: completed.courseVersion,
          date: formatDate(completed.completedAt, { locale }),
          detail,
        })}
      </h2>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      {entries.map((entry) => (
        <section key={entry.version} aria-labelledby={`changes-${entry.version}`} className="mt-5">
          <h3 id={`changes-${entry.version}`} className="text-lg font-semibold">
            {t.rich("version", { version: entry.version, date: formatCalendarDay(entry.date, { locale }), detail })}
          </h3>
          <p className="mt-1 text-slate-800">{entry.summary}</p>
          {entry.changes.length ? (
            <ul className="mt-3 space-y-3">
              {entry.changes.map((change) => (
                <li key={change.lessonId} className="rounded-md bg-slate-50 p-3">
                  <Link
                    prefetch={false}
                    href={lessonPath(change.moduleId, change.lessonId)}
                    className="font-semibold text-brand-700 underline"
                  >
                    {change.lessonTitle}
                  </Link>
                  <p className="mt-1 text-slate-800">{change.what}</p>
                  <p className="mt-1 text-sm text-slate-700">
                    {t.rich("why", {
                      why: change.why,
                      label: (chunks) => <span className="font-medium">{chunks}</span>,
                    })}
                  </p>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </section>
  );
}
