/**
 * Values kept in this process's memory under a key, each with the version of the data it was computed from and the
 * time it was computed at. A value is given again only while the caller's current version is the same and it is
 * younger than `ttlMs`; otherwise it is computed afresh. Callers asking for the same key and version at the same
 * time share one computation; a computation that fails is not kept. At most `maxEntries` are kept, the least
 * recently used going first. Pure: the caller reads the version (lib/compliance/dashboard-figures.ts).
 */
export type TVersionedCache<T> = {
  get(key: string, version: number, now: Date, compute: () => Promise<T>): Promise<T>;
  readonly size: number;
  clear(): void;
};

type TEntry<T> = { version: number; computedAt: number; value: Promise<T> };

export function createVersionedCache<T>({ ttlMs, maxEntries }: { ttlMs: number; maxEntries: number }) {
  const entries = new Map<string, TEntry<T>>();
  const cache: TVersionedCache<T> = {
    get(key, version, now, compute) {
      const at = now.getTime();
      const kept = entries.get(key);
      // A clock that went back (or a caller asking about an earlier moment) is not served a later computation.
      if (kept && kept.version === version && at >= kept.computedAt && at - kept.computedAt < ttlMs) {
        entries.delete(key);
        entries.set(key, kept); // most recently used last
        return kept.value;
      }
      const entry: TEntry<T> = { version, computedAt: at, value: compute() };
      entries.delete(key);
      entries.set(key, entry);
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      entry.value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return entry.value;
    },
    get size() {
      return entries.size;
    },
    clear() {
      entries.clear();
    },
  };
  return cache;
}
