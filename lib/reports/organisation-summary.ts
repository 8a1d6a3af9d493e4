import "server-only";
import type { TActor } from "../auth/current-user";
import { getCourse } from "../course";
import { db } from "../db/client";

/**
 * Headline figures for the actor's own organisation: how many learners, and how many have passed
 * each module. Scoped by the actor's organisation in the query itself.
 */
export async function getOrganisationSummary(actor: TActor) {
  const course = getCourse();
  const organisationId = actor.organisationId;
  const [organisation, learners, passes] = await Promise.all([
    db.organisation.findUnique({ where: { id: organisationId }, select: { name: true } }),
    db.user.count({ where: { organisationId, active: true } }),
    db.moduleProgress.groupBy({
      by: ["moduleId"],
      where: { courseId: course.id, lastPassedAt: { not: null }, user: { organisationId, active: true } },
      _count: { _all: true },
    }),
  ]);
  const passedByModule = new Map(passes.map((p) => [p.moduleId, p._count._all]));
  return {
    organisationName: organisation?.name ?? "",
    learners,
    modules: course.modules.map((m) => ({ id: m.id, title: m.title, passed: passedByModule.get(m.id) ?? 0 })),
  };
}
