import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { citationText } from "@/lib/course/citation";
import { citationAnchor, splitLessonHtml } from "@/lib/course/markdown";
import { LessonFigure } from "@/components/figures/lesson-figure";
import { CourseContent } from "@/components/course-content";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { notFound } from "next/navigation";
import { LessonTimer } from "@/components/lesson-timer";
import { ListenSlot } from "@/components/listen-slot";
import { PrintButton } from "@/components/print-button";
import { SafeguardingContacts } from "@/components/safeguarding-contacts";
import { getOwnSafeguarding } from "@/lib/people/contacts";
import { requireUser } from "@/lib/auth/current-user";
import { findLesson, getDefaultCourse } from "@/lib/course";
import { getServedCourse } from "@/lib/course/translations";
import { lessonPath, modulePath } from "@/lib/course/paths";
import { FinishLessonForm } from "./finish-lesson-form";

type TProps = { params: Promise<{ moduleId: string; lessonId: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { moduleId, lessonId } = await params;
  const { course } = await getServedCourse(getDefaultCourse());
  return {
    title: findLesson(course, moduleId, lessonId)?.lesson.title ?? (await getTranslations("Lesson"))("fallbackTitle"),
  };
}

export default async function LessonPage({ params }: TProps) {
  const { moduleId, lessonId } = await params;
  // The lesson in the reader's language where a reviewed translation is served; otherwise the English, marked as such.
  const served = await getServedCourse(getDefaultCourse());
  const found = findLesson(served.course, moduleId, lessonId);
  if (!found) notFound();
  const { module: courseModule, lesson, index } = found;
  const user = await requireUser();
  // Drawing the page records nothing: the timer below records the view once the lesson is shown, and Next records it
  // as the learner moves on (the way it is recorded with scripts off).
  const [own, t, tCourse, help, listen] = await Promise.all([
    getOwnSafeguarding(user),
    getTranslations("Lesson"),
    getTranslations("Course"),
    getTranslations("Help"),
    getTranslations("Listen"),
  ]);
  // Where the lesson tells staff to go to their DSL, it names theirs.
  const mentionsDsl = /\bDSL\b|designated safeguarding lead/i.test(lesson.markdown);
  const course = served.course;
  const previous = courseModule.lessons[index - 1];
  const next = courseModule.lessons[index + 1];
  const moduleNumber = course.modules.indexOf(courseModule) + 1;

  return (
    // lesson-page: printed on its own A4 portrait page, without what only works on a screen (app/styles/print.css).
    <article className="lesson-page space-y-6">
      <LessonTimer moduleId={courseModule.id} lessonId={lesson.id} />
      <div className="no-print">
        <Breadcrumbs
          items={[
            { label: tCourse("crumb"), href: "/course" },
            { label: courseModule.title, href: modulePath(courseModule.id) },
            { label: t("crumb", { n: index + 1 }) },
          ]}
        />
      </div>
      <header>
        {/* On paper the breadcrumbs are gone: say which course and module the printed lesson is from. */}
        <p className="hidden text-sm print:block" data-testid="print-course-line">
          {t("printLine", { course: course.title, n: moduleNumber, module: courseModule.title })}
        </p>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm font-medium text-brand-700">
            {t("position", { n: index + 1, total: courseModule.lessons.length, minutes: lesson.estimatedMinutes })}
          </p>
          <PrintButton
            label={t("print")}
            className="rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium"
          />
        </div>
        <h1 lang={served.lang} className="mt-1 text-2xl font-bold sm:text-3xl">
          {lesson.title}
        </h1>
        {/* The way on, here as well as after the lesson, so that nobody scrolls back up a long lesson to find it. */}
        <nav
          aria-label={t("stepsLabel")}
          className="no-print mt-3 flex flex-wrap items-center justify-between gap-2 text-sm"
        >
          {previous ? (
            <Link
              prefetch={false}
              href={lessonPath(courseModule.id, previous.id)}
              aria-label={t("previousAria", { title: previous.title })}
              className="rounded-md border border-slate-400 bg-white px-3 py-1.5 font-medium"
            >
              {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          <FinishLessonForm
            moduleId={courseModule.id}
            lessonId={lesson.id}
            label={next ? t("next") : t("nextQuiz")}
            accessibleName={next ? t("nextAria", { title: next.title }) : t("nextQuizAria")}
            className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800"
          />
        </nav>
      </header>

      {/* Reads the title and the lesson aloud; appears only where the browser can speak. */}
      <ListenSlot
        readFrom={["article h1", ".lesson-body"]}
        lang={served.lang}
        text={{
          group: listen("group"),
          listen: listen("listen"),
          pause: listen("pause"),
          resume: listen("resume"),
          pauseAria: listen("pauseAria"),
          resumeAria: listen("resumeAria"),
          stop: listen("stop"),
          stopAria: listen("stopAria"),
          speed: listen("speed"),
          part: listen.raw("part") as string,
          playing: listen("playing"),
          paused: listen("paused"),
          finished: listen("finished"),
          failed: listen("failed"),
          stopped: listen("stopped"),
        }}
      />

      {/* Lines of about 70 characters on wide screens read best; a table or figure may take the card's width. The
          lesson is cut where it places a chart or diagram (::chart{id="..."}), which is drawn here, on the server. */}
      <CourseContent
        served={served}
        className="lesson-body rounded-xl bg-white p-5 shadow-sm sm:p-8 [&>.lesson-part>*:not(table):not(figure)]:max-w-[70ch] [&>figure]:max-w-[70ch]"
      >
        {splitLessonHtml(lesson.html).map((part, i) =>
          "html" in part ? (
            <div key={i} className="lesson-part" dangerouslySetInnerHTML={{ __html: part.html }} />
          ) : (
            <LessonFigure key={i} course={course} placement={part.figure} />
          ),
        )}
      </CourseContent>

      {mentionsDsl ? (
        <section
          aria-labelledby="who-to-tell"
          className="lesson-who-to-tell rounded-xl border-l-4 border-brand-600 bg-brand-50 p-5"
        >
          <h2 id="who-to-tell" className="text-base font-bold">
            {help("whoToTell", { organisation: own.organisationName })}
          </h2>
          <SafeguardingContacts contacts={own.contacts} organisationName={own.organisationName} />
        </section>
      ) : null}

      {lesson.sourceIds.length ? (
        <section aria-labelledby="sources-title" className="lesson-sources rounded-xl bg-white p-5 text-sm shadow-sm">
          <h2 id="sources-title" className="text-base font-bold">
            {t("sources")}
          </h2>
          {/* Numbered as the footnotes in the text are: in the order each source is first cited. */}
          <ol className="mt-2 list-decimal space-y-2 pl-6">
            {lesson.sourceIds.map((id, i) => {
              const s = course.sources[id];
              if (!s) return null;
              return (
                <li key={id} id={`source-${id}`} className="scroll-mt-4 rounded target:bg-amber-50">
                  {t.rich("sourceLabel", {
                    name: s.label,
                    label: (chunks) => <span className="font-medium">{chunks}</span>,
                    citation: citationText(s),
                  })}
                  {s.kind === "web" ? (
                    <>
                      {" "}
                      <a
                        href={s.url}
                        className="break-all text-brand-700 underline"
                        rel="noopener noreferrer"
                        target="_blank"
                      >
                        {s.url}
                      </a>
                    </>
                  ) : null}{" "}
                  <a href={`#${citationAnchor(id)}`} className="no-print whitespace-nowrap text-brand-700 underline">
                    {t.rich("backToText", {
                      n: i + 1,
                      mark: (chunks) => <span aria-hidden="true">{chunks}</span>,
                      sr: (chunks) => <span className="sr-only">{chunks}</span>,
                    })}
                  </a>
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}

      <nav aria-label={t("navLabel")} className="no-print flex flex-wrap justify-between gap-3">
        {previous ? (
          <Link
            prefetch={false}
            href={lessonPath(courseModule.id, previous.id)}
            className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium"
          >
            {t("previousTitled", { title: previous.title })}
          </Link>
        ) : (
          <Link
            href={modulePath(courseModule.id)}
            className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium"
          >
            {t("moduleOverview")}
          </Link>
        )}
        <FinishLessonForm
          moduleId={courseModule.id}
          lessonId={lesson.id}
          label={next ? t("nextTitled", { title: next.title }) : t("takeQuiz")}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        />
      </nav>
    </article>
  );
}
