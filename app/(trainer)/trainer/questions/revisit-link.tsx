import Link from "next/link";
import { lessonPath } from "@/lib/course/paths";
import type { TQuestionStats } from "@/lib/reports/item-stats";

/** The lesson that teaches a question, for a staff meeting to go over (nothing when none does). */
export function RevisitLink({ stats }: { stats: TQuestionStats }) {
  return stats.lesson ? (
    <Link
      prefetch={false}
      href={lessonPath(stats.lesson.moduleId, stats.lesson.id)}
      className="text-brand-700 underline"
    >
      {stats.lesson.title}
    </Link>
  ) : null;
}
