/** Most server processes started when WEB_CONCURRENCY is not set: each holds its own copy of the app (~200 MB). */
export const DEFAULT_MAX_WORKERS = 4;
/** Most processes anyone may ask for: beyond this, a mistyped value would exhaust memory or database connections. */
export const MAX_WORKERS = 32;

export type TWorkerCount = { ok: true; workers: number } | { ok: false; message: string };

/**
 * How many server processes to run: WEB_CONCURRENCY if set (the name Heroku, Render and others use), otherwise
 * one per core up to DEFAULT_MAX_WORKERS. A machine's cores are shared by the processes, so more than one per core
 * only adds memory.
 */
export function workerCount(setting: string | undefined, cores: number): TWorkerCount {
  const fallback = Math.max(1, Math.min(DEFAULT_MAX_WORKERS, Math.floor(cores) || 1));
  if (setting === undefined || setting.trim() === "") return { ok: true, workers: fallback };
  const value = setting.trim();
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_WORKERS) {
    return {
      ok: false,
      message: `WEB_CONCURRENCY must be a whole number of server processes from 1 to ${MAX_WORKERS} (it is "${setting}"). Leave it unset for one per core, at most ${DEFAULT_MAX_WORKERS}.`,
    };
  }
  return { ok: true, workers: Number(value) };
}

/**
 * Whether a worker that just died should be replaced: not when workers keep dying (five in a minute, whichever
 * they are: a broken build or database would otherwise be restarted forever, hiding the error in a loop). The
 * caller does not ask while it is shutting down.
 */
export function shouldRestart(recentExits: readonly number[], now: number, windowMs = 60_000, limit = 5): boolean {
  return recentExits.filter((at) => now - at < windowMs).length < limit;
}
