import "server-only";
import { db } from "../db/client";

export type TThrottleLimit = { max: number; windowMinutes: number };

// Events are kept a day: longer than any window, short enough that the table stays small.
const KEEP_MS = 24 * 3600_000;

/**
 * Counts one use of a limited action (bucket) by a key (a keyed hash, see keyedHash) and says whether it is
 * allowed: at most `max` in the window. The event is written first and then counted, so two requests at once
 * can both be refused but never both exceed the limit; a refused use is not kept, so hammering does not
 * extend the wait.
 */
export async function takeThrottle(
  bucket: string,
  key: string,
  limit: TThrottleLimit,
  now = new Date(),
): Promise<boolean> {
  const event = await db.rateLimitEvent.create({ data: { bucket, key, createdAt: now }, select: { id: true } });
  const since = new Date(now.getTime() - limit.windowMinutes * 60_000);
  const used = await db.rateLimitEvent.count({ where: { bucket, key, createdAt: { gt: since, lte: now } } });
  await db.rateLimitEvent.deleteMany({ where: { bucket, createdAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
  if (used <= limit.max) return true;
  await db.rateLimitEvent.delete({ where: { id: event.id } });
  return false;
}
