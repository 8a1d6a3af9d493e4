import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { MIN_PEOPLE, type TQuestionStats } from "@/lib/reports/item-stats";
import { RevisitLink } from "./revisit-link";

const FLAGS = {
  "almost-all-right": "Almost everyone gets this right: is it too easy?",
  "almost-all-wrong": "Almost everyone gets this wrong: is it clear, and does the lesson teach it?",
} as const;

/** One module's questions: how many answered, the share right, the commonest wrong answer and the lesson. */
export function ModuleQuestions({ title, questions }: { title: string; questions: TQuestionStats[] }) {
  return (
    <Card className="overflow-x-auto">
      <DataTable
        caption={title}
        captionClassName="mb-2 text-left text-lg font-bold"
        columns={[
          { key: "question", header: "Question", className: "py-2 pr-3" },
          { key: "answers", header: "Answers", className: "py-2 pr-3 text-right" },
          { key: "right", header: "Right", className: "py-2 pr-3 text-right" },
          { key: "most-chosen-wrong-answer", header: "Most chosen wrong answer", className: "py-2 pr-3" },
          { key: "lesson-to-go-over", header: "Lesson to go over", className: "py-2" },
        ]}
        rowCount={questions.length}
        className="min-w-[44rem]"
      >
        {questions.map((s) => (
          <tr key={s.question.id} className="border-b border-slate-200 align-top">
            <th scope="row" className="py-2 pr-3 font-normal">
              {s.question.prompt}
              {s.flag ? <p className="mt-1 font-medium text-amber-800">Review: {FLAGS[s.flag]}</p> : null}
            </th>
            <td className="py-2 pr-3 text-right">{s.answered}</td>
            <td className="py-2 pr-3 text-right">
              {s.shown ? `${s.correctPercent}%` : s.answered ? `Fewer than ${MIN_PEOPLE} people` : "–"}
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
