import { Prisma } from "@/generated/prisma/client";

/**
 * Whether a write was refused by a unique constraint: P2002 from the model API; from a raw statement, P2010 carrying
 * the driver's own error, which both adapters (SQLite's and PostgreSQL's) classify as a unique constraint violation.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const cause = (error.meta?.driverAdapterError as { cause?: { kind?: unknown } } | undefined)?.cause;
  return error.code === "P2010" && cause?.kind === "UniqueConstraintViolation";
}
