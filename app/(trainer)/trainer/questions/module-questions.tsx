import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { MIN_PEOPLE, type TQuestionStats } from "@/lib/reports/item-stats";
import { RevisitLink } from "./revisit-link";

const FLAGS = { "almost-all-right": "almostAllRight", "almost-all-wrong": "almostAllWrong" } as const;

/** One module's questions: how many answered, the share right, the commonest wrong answer and the lesson. */
export async function ModuleQuestions({ title, questions }: { title: string; questions: TQuestionStats[] }) {
  const t = await getTranslations("TrainerQuestions");
  return (
    <Card className="overflow-x-auto">
      <DataTable
        caption={title}
        captionClassName="mb-2 text-left text-lg font-bold"
        columns={[
          { key: "question", header: t("question"), className: "py-2 pr-3" },
          { key: "answers", header: t("answers"), className: "py-2 pr-3 text-right" },
          { key: "right", header: t("right"), className: "py-2 pr-3 text-right" },
          { key: "most-chosen-wrong-answer", header: t("mostChosenWrong"), className: "py-2 pr-3" },
          { key: "lesson-to-go-over", header: t("lessonToGoOver"), className: "py-2" },
        ]}
        rowCount={questions.length}
        className="min-w-[44rem]"
      >
        {questions.map((s) => (
          <tr key={s.question.id} className="border-b border-slate-200 align-top">
            <th scope="row" className="py-2 pr-3 font-normal">
              {s.question.prompt}
              {s.flag ? (
                <p className="mt-1 font-medium text-amber-800">{t("review", { flag: t(FLAGS[s.flag]) })}</p>
              ) : null}
            </th>
            <td className="py-2 pr-3 text-right">{s.answered}</td>
            <td className="py-2 pr-3 text-right">
              {s.shown ? `${s.correctPercent}%` : s.answered ? t("fewerThan", { min: MIN_PEOPLE }) : "–"}
            </td>
            <td className="py-2 pr-3">{s.commonWrong ? `${s.commonWrong.text} (${s.commonWrong.count})` : "–"}</td>
            <td className="py-2">
              <RevisitLink stats={s} />
            </td>
          </tr>
        ))}
      </DataTable>
    </Card>
  );
}
