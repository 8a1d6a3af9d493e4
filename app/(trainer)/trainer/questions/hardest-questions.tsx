import { Card, CardTitle } from "@/components/ui/card";
import { MIN_PEOPLE, type TQuestionStats } from "@/lib/reports/item-stats";
import { RevisitLink } from "./revisit-link";

/** The questions with the lowest share right, once enough people have answered them. */
export function HardestQuestions({ hardest }: { hardest: TQuestionStats[] }) {
  return (
    <Card aria-labelledby="hardest-title">
      <CardTitle id="hardest-title">The questions staff find hardest</CardTitle>
      {hardest.length ? (
        <ol className="mt-3 space-y-3">
          {hardest.map((s) => (
            <li key={s.question.id} data-testid="hardest-question">
              <p className="font-medium">{s.question.prompt}</p>
              <p className="text-sm text-slate-700">
                {s.correctPercent}% right of {s.answered} answers.
                {s.commonWrong ? <> Most chosen wrong answer: &ldquo;{s.commonWrong.text}&rdquo;.</> : null}
                {s.lesson ? (
                  <>
                    {" "}
                    Go over: <RevisitLink stats={s} />
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-slate-700">
          Not enough answers yet: a question is ranked once at least {MIN_PEOPLE} people have answered it.
        </p>
      )}
    </Card>
  );
}
