/** A learner's ModuleProgress row, as far as the cycle rule reads it. */
export type TModuleRecord = {
  moduleId: string;
  bestScore: number | null;
  attemptCount: number;
  lastPassedAt: Date | null;
  lastActivityAt: Date;
};

/** One module as it stands in the learner's current cycle. */
export type TModuleStanding = { moduleId: string; passed: boolean; bestScore: number | null; attemptCount: number };

/**
 * The one rule for whether a module counts as passed: only a pass in the learner's current cycle
 * (on or after `cycleStart`, from `currentCycle`) does. Once the renewal window opens, last cycle's
 * passes belong to the completion they led to, and the module has to be passed again.
 */
export function isPassedInCycle(lastPassedAt: Date | null | undefined, cycleStart: Date): boolean {
  return lastPassedAt != null && lastPassedAt >= cycleStart;
}

/**
 * Each of the course's modules as it stands in the cycle, in course order: what the learner's own
 * page, the trainer's dashboard (dots and count), the CSV export and the enrolment summary all read.
 * A module with no activity since the cycle began shows as not started, whatever an earlier cycle's
 * score; records of modules no longer in the course are ignored.
 */
export function getModuleStandings(
  moduleIds: readonly string[],
  records: readonly TModuleRecord[],
  cycleStart: Date,
): TModuleStanding[] {
  const byModule = new Map(records.map((r) => [r.moduleId, r]));
  return moduleIds.map((moduleId) => {
    const r = byModule.get(moduleId);
    const passed = isPassedInCycle(r?.lastPassedAt, cycleStart);
    if (!r || (!passed && r.lastActivityAt < cycleStart))
      return { moduleId, passed: false, bestScore: null, attemptCount: 0 };
    return { moduleId, passed, bestScore: r.bestScore, attemptCount: r.attemptCount };
  });
}

/** How many modules count as passed: the dashboard's and the export's "modules passed". */
export function countPassedModules(standings: readonly Pick<TModuleStanding, "passed">[]): number {
  return standings.filter((s) => s.passed).length;
}
