import { randomInt } from "node:crypto";
import os from "node:os";

const BLOCK = 36 ** 4;
const block = (n: number, length: number) => n.toString(36).padStart(length, "0").slice(-length);
const hostHash = [...os.hostname()].reduce((sum, c) => sum + c.charCodeAt(0), os.hostname().length + 36);
// Which process made the id, as Prisma's cuid() marks it: two server processes' ids differ even at the same count.
const fingerprint = block(process.pid, 2) + block(hostHash, 2);
let counter = 0;

/**
 * A new id shaped like Prisma's `@default(cuid())`: "c", the time, a per-process counter, the process, then random
 * characters. Prisma fills that default only for rows its model API writes; rows a raw statement inserts take their id
 * from here, so every id still grows with time (keeping inserts at the end of the primary key) and looks alike.
 */
export function createId(): string {
  counter = (counter + 1) % BLOCK;
  return `c${Date.now().toString(36)}${block(counter, 4)}${fingerprint}${block(randomInt(BLOCK), 4)}${block(randomInt(BLOCK), 4)}`;
}
