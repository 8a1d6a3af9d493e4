import pg from "pg";

/**
 * Creating and dropping whole databases, for test runs that make their own. Connects to the same server's
 * `postgres` maintenance database, since a database cannot drop itself.
 */
export async function recreateDatabase(url: string): Promise<void> {
  await dropDatabase(url);
  await onServer(url, `CREATE DATABASE ${quotedName(url)}`);
}

export async function dropDatabase(url: string): Promise<void> {
  // FORCE ends connections still open to it (a server being stopped, a test's pool).
  await onServer(url, `DROP DATABASE IF EXISTS ${quotedName(url)} WITH (FORCE)`);
}

/** The same server URL with another database name. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * The database's name as a quoted SQL identifier. Quoted, a name may hold hyphens (safeguarding-e2e); anything beyond
 * letters, digits, underscores and hyphens is refused rather than escaped, since these statements drop databases.
 */
export function quotedName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[A-Za-z0-9_-]{1,63}$/.test(name))
    throw new Error(
      `Refusing to create or drop a database named "${name}": use letters, digits, underscores and hyphens.`,
    );
  return `"${name}"`;
}

async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
