import "server-only";
import { getCourseById } from "../course";
import { db } from "../db/client";
import { DEFAULT_LOCALE } from "../i18n/locales";
import { resolveLocale } from "../i18n/resolve-locale";
import { storedLogo } from "./logo";
import { toPdfData, topicsOf, type TCertificateExtras } from "./pdf-data";
import type { TCertificatePdfData } from "./pdf";
import { chooseSignatory, DSL_KIND } from "./signatory-choice";

type TIssued = { userId: string; organisationName: string; courseId: string };

/**
 * Who signs each certificate, the issuer's logo, the topics covered and the holder's language (their own choice,
 * else their organisation's default, as for their pages and emails: read now, so a change of language gives a new
 * PDF), in the order given. For certificates the
 * caller has already read through a scoped query (findCertificateForViewer, getCertificatesForPeople): what this
 * adds is printed on those very certificates. One query per table however many certificates a bulk PDF holds.
 */
export async function getCertificateExtras(certificates: readonly TIssued[]): Promise<TCertificateExtras[]> {
  if (!certificates.length) return [];
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(certificates.map((c) => c.userId))] } },
    select: { id: true, organisationId: true, language: true },
  });
  const organisations = await db.organisation.findMany({
    where: { id: { in: [...new Set(users.map((u) => u.organisationId))] } },
    select: {
      id: true,
      name: true,
      defaultLanguage: true,
      signatoryName: true,
      signatoryRole: true,
      certificateLogo: true,
      certificateLogoType: true,
      contacts: { where: { kind: DSL_KIND }, orderBy: { sortOrder: "asc" }, select: { kind: true, name: true } },
    },
  });
  const issuers = new Map(
    organisations.map((o) => [
      o.id,
      {
        name: o.name,
        signatory: chooseSignatory(o, o.contacts),
        // One object per organisation, so a bulk PDF embeds each logo once.
        logo: storedLogo(o.certificateLogo, o.certificateLogoType),
      },
    ]),
  );
  const organisationOf = new Map(users.map((u) => [u.id, u.organisationId]));
  const localeOf = new Map(
    users.map((u) => [
      u.id,
      resolveLocale({
        personal: u.language,
        organisationDefault: organisations.find((o) => o.id === u.organisationId)?.defaultLanguage,
      }),
    ]),
  );
  return certificates.map((c) => {
    const issuer = issuers.get(organisationOf.get(c.userId) ?? "");
    // Only the organisation named on the certificate signs it: were its holder ever in another organisation,
    // that organisation's lead must not appear to vouch for training it did not issue.
    const issued = issuer && issuer.name === c.organisationName ? issuer : null;
    return {
      signatory: issued?.signatory ?? null,
      logo: issued?.logo ?? null,
      topics: topicsOf(getCourseById(c.courseId)),
      locale: localeOf.get(c.userId) ?? DEFAULT_LOCALE,
    };
  });
}

/** Everything the PDF of each certificate shows, in the order given. */
export async function certificatesPdfData<T extends TIssued & Parameters<typeof toPdfData>[0]>(
  certificates: readonly T[],
  baseUrl: string,
): Promise<TCertificatePdfData[]> {
  const extras = await getCertificateExtras(certificates);
  return certificates.map((c, i) => toPdfData(c, baseUrl, extras[i]!));
}
