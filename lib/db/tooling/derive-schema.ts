/**
 * Prisma allows one provider per schema. prisma/schema.prisma (SQLite, the embedded default) is the one source;
 * the PostgreSQL schema is derived from it by changing only the provider and the generated client's folder, so
 * the two data models cannot differ. scripts/derive-postgres-schema.ts writes it; a test fails when it is stale.
 */
export const POSTGRES_SCHEMA_PATH = "prisma/postgresql/schema.prisma";
export const POSTGRES_MIGRATIONS_PATH = "prisma/postgresql/migrations";

const HEADER = [
  "// GENERATED from prisma/schema.prisma by `npm run db:derive`: do not edit. Change the source schema, then run",
  "// `npm run db:migration -- <name>` to write the SQLite and PostgreSQL migrations together.",
  "",
].join("\n");

export function derivePostgresSchema(source: string): string {
  const withProvider = replaceOnce(
    source,
    /(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"sqlite"/,
    '$1"postgresql"',
    'the datasource\'s provider "sqlite"',
  );
  // The schema moves one folder down, and its client gets a folder of its own beside the SQLite one.
  const withOutput = replaceOnce(
    withProvider,
    /(generator\s+client\s*\{[^}]*?output\s*=\s*)"\.\.\/generated\/prisma"/,
    '$1"../../generated/prisma-postgresql"',
    'the generator\'s output "../generated/prisma"',
  );
  return HEADER + withOutput;
}

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(text))
    throw new Error(`prisma/schema.prisma no longer has ${what}; update lib/db/tooling/derive-schema.ts to match.`);
  return text.replace(pattern, replacement);
}
