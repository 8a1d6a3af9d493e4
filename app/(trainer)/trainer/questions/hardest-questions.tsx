import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { MIN_PEOPLE, type TQuestionStats } from "@/lib/reports/item-stats";
import { RevisitLink } from "./revisit-link";

/** The questions with the lowest share right, once enough people have answered them. */
export async function HardestQuestions({ hardest }: { hardest: TQuestionStats[] }) {
  const t = await getTranslations("TrainerQuestions");
  return (
    <Card aria-labelledby="hardest-title">
      <CardTitle id="hardest-title">{t("hardestTitle")}</CardTitle>
      {hardest.length ? (
        <ol className="mt-3 space-y-3">
          {hardest.map((s) => (
            <li key={s.question.id} data-testid="hardest-question">
              <p className="font-medium">{s.question.prompt}</p>
              <p className="text-sm text-slate-700">
                {t("rightOf", { percent: s.correctPercent, answered: s.answered })}
                {s.commonWrong ? t("commonWrong", { answer: s.commonWrong.text }) : null}
                {s.lesson ? (
                  <>
                    {t("goOver")}
                    <RevisitLink stats={s} />
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-slate-700">{t("notEnough", { min: MIN_PEOPLE })}</p>
      )}
    </Card>
  );
}
