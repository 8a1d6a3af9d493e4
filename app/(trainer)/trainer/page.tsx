import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/roles";
import { getOrganisationSummary } from "@/lib/reports/organisation-summary";

export const metadata: Metadata = { title: "Trainer" };

export default async function TrainerHomePage() {
  const user = await requireRole(...AREA_ROLES.trainer);
  const summary = await getOrganisationSummary(user);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">Trainer overview</h1>
        <p className="mt-1 text-slate-700">{summary.organisationName} · {summary.learners} active people</p>
      </header>
      <section aria-labelledby="passes-title" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="passes-title" className="text-lg font-bold">Module passes in your organisation</h2>
        <table className="mt-3 w-full text-left">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2">Module</th>
              <th scope="col" className="py-2 text-right">People passed</th>
            </tr>
          </thead>
          <tbody>
            {summary.modules.map((m) => (
              <tr key={m.id} className="border-b border-slate-100">
                <td className="py-2">{m.title}</td>
                <td className="py-2 text-right">{m.passed} of {summary.learners}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
