import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-user";
import { lessonPath } from "@/lib/course/paths";
import { readDashboardQuery } from "@/lib/compliance/filters";
import { getManagedOrganisation, listOrganisations } from "@/lib/people/organisations";
import { trainerGroupIds } from "@/lib/people/scope";
import { getItemAnalysis } from "@/lib/reports/item-analysis";
import { MIN_PEOPLE, type TQuestionStats } from "@/lib/reports/item-stats";
import { getDefaultCourse } from "@/lib/course";

export const metadata: Metadata = { title: "What staff get wrong" };

const FLAGS = {
  "almost-all-right": "Almost everyone gets this right: is it too easy?",
  "almost-all-wrong": "Almost everyone gets this wrong: is it clear, and does the lesson teach it?",
} as const;

function RevisitLink({ stats }: { stats: TQuestionStats }) {
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

export default async function QuestionAnalysisPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("TRAINER", "ADMIN");
  const query = readDashboardQuery(await searchParams);
  const everyOrganisation = user.role === "ADMIN" && query.org === "all";
  const org = everyOrganisation ? null : await getManagedOrganisation(user, query.org ?? user.organisationId);
  if (!everyOrganisation && !org) notFound();
  // A trainer limited to some groups chooses among those; "all" then means all of theirs.
  const limit = await trainerGroupIds(user);
  const groups = (org?.groups ?? []).filter((g) => !limit || limit.includes(g.id));
  const group = groups.find((g) => g.id === query.group);
  const analysis = await getItemAnalysis(user, getDefaultCourse(), {
    organisationId: everyOrganisation ? "all" : org!.id,
    groupId: group?.id,
  });
  const organisations = user.role === "ADMIN" ? await listOrganisations(user) : [];
  const scopeName = everyOrganisation ? "every organisation" : `${org!.name}${group ? `, ${group.name}` : ""}`;

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/trainer${org ? `?org=${org.id}` : ""}`} className="text-brand-700 underline">
          Compliance
        </Link>
      </nav>
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">What staff get wrong</h1>
        <p className="mt-2 max-w-3xl text-slate-700">
          How people in {scopeName} answered each quiz question, first tries and retakes alike: the share who got it
          right, the wrong answer chosen most, and the lesson to go over at your next staff meeting. These are totals
          for the current version of the course: no one&apos;s own answers are shown, and a question&apos;s figures
          appear once at least {MIN_PEOPLE} people have answered it.
        </p>
      </header>

      <form method="get" className="flex flex-wrap items-end gap-3 rounded-xl bg-white p-4 shadow-sm">
        {user.role === "ADMIN" ? (
          <div>
            <label htmlFor="qa-org" className="block text-sm font-medium">
              Organisation
            </label>
            <select
              id="qa-org"
              name="org"
              defaultValue={everyOrganisation ? "all" : org!.id}
              className="mt-1 rounded-md border border-slate-400 px-2 py-2"
            >
              <option value="all">Every organisation</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <input type="hidden" name="org" value={org!.id} />
        )}
        {groups.length ? (
          <div>
            <label htmlFor="qa-group" className="block text-sm font-medium">
              Group
            </label>
            <select
              id="qa-group"
              name="group"
              defaultValue={group?.id ?? ""}
              className="mt-1 rounded-md border border-slate-400 px-2 py-2"
            >
              <option value="">{limit ? "All your groups" : "The whole organisation"}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <button type="submit" className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium">
          Show
        </button>
      </form>

      <section aria-labelledby="hardest-title" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="hardest-title" className="text-lg font-bold">
          The questions staff find hardest
        </h2>
        {analysis.hardest.length ? (
          <ol className="mt-3 space-y-3">
            {analysis.hardest.map((s) => (
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
      </section>

      {analysis.modules.map(({ module: m, questions }) => (
        <section key={m.id} className="overflow-x-auto rounded-xl bg-white p-5 shadow-sm">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="mb-2 text-left text-lg font-bold">{m.title}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  Question
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  Answers
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  Right
                </th>
                <th scope="col" className="py-2 pr-3">
                  Most chosen wrong answer
                </th>
                <th scope="col" className="py-2">
                  Lesson to go over
                </th>
              </tr>
            </thead>
            <tbody>
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
                  <td className="py-2 pr-3">
                    {s.commonWrong ? `${s.commonWrong.text} (${s.commonWrong.count})` : "–"}
                  </td>
                  <td className="py-2">
                    <RevisitLink stats={s} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
