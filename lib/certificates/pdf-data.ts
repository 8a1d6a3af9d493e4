import { verifyUrlFor } from "./format";
import type { TCertificatePdfData } from "./pdf";

/** The fields a certificate PDF shows, from a stored certificate. */
export function toPdfData(
  c: {
    number: string;
    learnerName: string;
    organisationName: string;
    courseTitle: string;
    courseVersion: string;
    completedAt: Date;
    expiresAt: Date;
    cpdMinutes: number;
    scorePercent: number;
  },
  baseUrl: string,
): TCertificatePdfData {
  return { ...c, verifyUrl: verifyUrlFor(baseUrl, c.number) };
}
