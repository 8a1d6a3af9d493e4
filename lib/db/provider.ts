/** Which database a DATABASE_URL means: a file: URL (or none) is the embedded SQLite default. */
export type TDatabaseProvider = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export function databaseProvider(url: string | undefined): TDatabaseProvider {
  if (!url || url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  const scheme = url.includes(":") ? `${url.split(":")[0]}:` : url;
  throw new Error(
    `DATABASE_URL must be a SQLite file: URL (e.g. file:./data/app.db) or a postgresql:// URL; got "${scheme}…".`,
  );
}
