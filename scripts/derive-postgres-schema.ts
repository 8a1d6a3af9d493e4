// `npm run db:derive`: writes prisma/postgresql/schema.prisma from prisma/schema.prisma (see lib/db/tooling/derive-schema.ts).
import fs from "node:fs";
import { derivePostgresSchema, POSTGRES_SCHEMA_PATH } from "../lib/db/tooling/derive-schema";

const derived = derivePostgresSchema(fs.readFileSync("prisma/schema.prisma", "utf8"));
const current = fs.existsSync(POSTGRES_SCHEMA_PATH) ? fs.readFileSync(POSTGRES_SCHEMA_PATH, "utf8") : null;
if (current === derived) {
  console.log(`${POSTGRES_SCHEMA_PATH} is up to date.`);
} else {
  fs.writeFileSync(POSTGRES_SCHEMA_PATH, derived);
  console.log(`Wrote ${POSTGRES_SCHEMA_PATH}.`);
}
