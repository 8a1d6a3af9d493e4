import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";

/**
 * A quiz form carries a signed token made when the form was shown. Its id makes a double-clicked
 * or replayed submission record one attempt; its signed start time gives a trustworthy duration.
 */
export type TSubmissionToken = { submissionId: string; startedAt: Date };

function sign(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}

export function createSubmissionToken(userId: string, moduleId: string, secret: string, now = new Date()): string {
  const payload = `${randomUUID()}.${now.getTime()}`;
  return `${payload}.${sign(`${userId}:${moduleId}:${payload}`, secret)}`;
}

/** The token's id and start time, or null when it was not issued to this user for this module. */
export function readSubmissionToken(token: string, userId: string, moduleId: string, secret: string): TSubmissionToken | null {
  const [id, startedMs, signature, ...rest] = token.split(".");
  if (!id || !startedMs || !signature || rest.length || !/^[0-9a-f-]{36}$/.test(id) || !/^\d{1,15}$/.test(startedMs)) return null;
  const expected = Buffer.from(sign(`${userId}:${moduleId}:${id}.${startedMs}`, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { submissionId: id, startedAt: new Date(Number(startedMs)) };
}
