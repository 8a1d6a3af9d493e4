import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getEnv } from "../env";
import { createPrismaClient } from "./create-client";

// One client per process; dev hot reload would otherwise open a new connection on every change.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient =
  globalForPrisma.prisma ?? createPrismaClient(getEnv().DATABASE_URL, { poolSize: getEnv().DATABASE_POOL_SIZE });
if (getEnv().NODE_ENV !== "production") globalForPrisma.prisma = db;
