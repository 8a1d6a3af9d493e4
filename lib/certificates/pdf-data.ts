import type { TCourse } from "../course/types";
import type { TLocale } from "../i18n/locales";
import { verifyUrlFor } from "./format";
import type { TLogo } from "./logo";
import type { TCertificatePdfData } from "./pdf";
import type { TSignatory } from "./signatory-choice";

/**
 * What a certificate shows besides its own record: who signs it, the issuer's logo, what the course covers, and the
 * language its holder reads.
 */
export type TCertificateExtras = {
  signatory: TSignatory | null;
  logo: TLogo | null;
  topics: string[];
  locale: TLocale;
};

/** The topics a course covers, as a certificate lists them: its modules' titles, in course order. */
export function topicsOf(course: Pick<TCourse, "modules"> | undefined): string[] {
  return course ? course.modules.map((m) => m.title) : [];
}

/** The fields a certificate PDF shows, from a stored certificate and its extras. */
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
  extras: TCertificateExtras,
): TCertificatePdfData {
  return {
    number: c.number,
    learnerName: c.learnerName,
    organisationName: c.organisationName,
    courseTitle: c.courseTitle,
    courseVersion: c.courseVersion,
    completedAt: c.completedAt,
    expiresAt: c.expiresAt,
    cpdMinutes: c.cpdMinutes,
    scorePercent: c.scorePercent,
    verifyUrl: verifyUrlFor(baseUrl, c.number),
    ...extras,
  };
}
