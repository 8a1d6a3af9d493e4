import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { TServedCourse } from "@/lib/course/translation-serve";

/**
 * Course content (a lesson's text, a quiz's questions) marked with the language it is written in, so that a screen
 * reader pronounces it in that language: a reviewed translation's own, or English. A reader who chose another
 * language and is given the English is told so first, in their language, rather than left to wonder.
 */
export async function CourseContent({
  served,
  className,
  markLanguage = true,
  children,
}: {
  served: Pick<TServedCourse, "lang" | "untranslated">;
  className?: string;
  /** false where the children mark the content's language themselves, around interface text in the page's. */
  markLanguage?: boolean;
  children: ReactNode;
}) {
  const t = await getTranslations("CourseTranslation");
  return (
    <>
      {served.untranslated ? (
        <p
          data-testid="course-translation-notice"
          className="no-print rounded-md border-l-4 border-brand-600 bg-brand-50 p-3 text-sm"
        >
          <strong>{t("notYetTranslated")}</strong> {t("shownInEnglish")}
        </p>
      ) : null}
      {markLanguage ? (
        <div lang={served.lang} className={className}>
          {children}
        </div>
      ) : (
        <div className={className}>{children}</div>
      )}
    </>
  );
}
