import type { TCourse } from "@/lib/course/types";
import type { TFigurePlacement } from "@/lib/course/figure-directive";
import { CourseChart } from "./course-chart";
import { CourseDiagram } from "./course-diagram";

/** The chart or diagram a lesson places with ::chart{id="..."} or ::diagram{id="..."} (content:check knows the id). */
export function LessonFigure({ course, placement }: { course: TCourse; placement: TFigurePlacement }) {
  if (placement.kind === "chart") {
    const chart = course.figures.charts.find((c) => c.id === placement.id);
    return chart ? <CourseChart chart={chart} sources={course.sources} /> : null;
  }
  const diagram = course.figures.diagrams.find((d) => d.id === placement.id);
  if (!diagram) return null;
  const lessonTitles = Object.fromEntries(course.modules.flatMap((m) => m.lessons.map((l) => [l.id, l.title])));
  return <CourseDiagram diagram={diagram} lessonTitles={lessonTitles} />;
}
