import { Prisma } from "@/generated/prisma/client";

/** Ids a statement at most: SQLite takes at most 999 parameters a statement, and a query has a few of its own. */
export const ID_BATCH = 500;

/**
 * Reads rows for many ids with raw SQL's `IN (…)`, a statement per ID_BATCH ids, one after another (so a request
 * holds one connection at a time), and gives every batch's rows together. `read` gets the batch as a joined list for
 * `IN (${batch})`. Duplicate ids are read once; no ids, no query.
 */
export async function inIdBatches<T>(
  ids: readonly string[],
  read: (batch: Prisma.Sql) => Promise<readonly T[]>,
  size = ID_BATCH,
): Promise<T[]> {
  const unique = [...new Set(ids)];
  const rows: T[] = [];
  for (let i = 0; i < unique.length; i += size) rows.push(...(await read(Prisma.join(unique.slice(i, i + size)))));
  return rows;
}
