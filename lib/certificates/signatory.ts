import "server-only";
import { PDFDocument } from "pdf-lib";
import { recordAudit } from "../audit/record";
import type { TActor } from "../auth/current-user";
import { db } from "../db/client";
import { failure, type TResult } from "../errors";
import { requireAdmin } from "../people/admin-only";
import { LOGO_MAX_BYTES, logoDataUrl, logoTypeOf, storedLogo, type TLogoType } from "./logo";
import { chooseSignatory, DSL_KIND, SIGNATORY_MAX_LENGTH, type TSignatory } from "./signatory-choice";

export type TCertificateSettings = {
  signatoryName: string | null;
  signatoryRole: string | null;
  /** The current logo, inlined for the preview. */
  logo: { dataUrl: string; type: TLogoType; kilobytes: number } | null;
  /** Who signs while no signatory is named: the designated safeguarding lead, if the contacts name one. */
  fallback: TSignatory | null;
};

/** How an organisation's certificates are signed, for its administrator's settings page; null for anyone else. */
export async function getCertificateSettings(
  actor: TActor,
  organisationId: string,
): Promise<TCertificateSettings | null> {
  if (requireAdmin(actor)) return null;
  const org = await db.organisation.findUnique({
    where: { id: organisationId },
    select: {
      signatoryName: true,
      signatoryRole: true,
      certificateLogo: true,
      certificateLogoType: true,
      contacts: { where: { kind: DSL_KIND }, orderBy: { sortOrder: "asc" }, select: { kind: true, name: true } },
    },
  });
  if (!org) return null;
  const logo = storedLogo(org.certificateLogo, org.certificateLogoType);
  return {
    signatoryName: org.signatoryName,
    signatoryRole: org.signatoryRole,
    logo: logo
      ? { dataUrl: logoDataUrl(logo), type: logo.type, kilobytes: Math.max(1, Math.round(logo.bytes.length / 1024)) }
      : null,
    fallback: chooseSignatory({ signatoryName: null, signatoryRole: null }, org.contacts),
  };
}

/**
 * The logo's type if it is a PNG or JPEG (by its bytes, not its name) small enough and whole enough to print:
 * it is embedded in a scratch PDF exactly as a certificate will embed it, so a file that passes here prints.
 */
async function checkLogo(bytes: Uint8Array): Promise<TResult<{ type: TLogoType }>> {
  if (bytes.length > LOGO_MAX_BYTES) return failure("LOGO_TOO_LARGE", { max: LOGO_MAX_BYTES / 1024 });
  const type = logoTypeOf(bytes);
  if (!type) return failure("LOGO_NOT_AN_IMAGE");
  try {
    const doc = await PDFDocument.create();
    const image = type === "image/png" ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
    if (!image.width || !image.height) return failure("LOGO_NOT_AN_IMAGE");
  } catch {
    return failure("LOGO_NOT_AN_IMAGE");
  }
  return { ok: true, type };
}

export type TSignatoryChange = {
  /** Empty or null: nobody named, so the designated safeguarding lead signs. */
  name: string | null;
  role: string | null;
  /** A new logo's bytes, "remove" to print none, or null to keep the current one. */
  logo: Uint8Array | "remove" | null;
};

/**
 * Names who signs an organisation's certificates, and replaces or removes its logo. Administrators only, audited.
 * Certificates already issued print with these settings from then on (they are read when a certificate is drawn).
 */
export async function saveCertificateSignatory(
  actor: TActor,
  organisationId: string,
  change: TSignatoryChange,
): Promise<TResult<{ logo: "kept" | "replaced" | "removed" | "none" }>> {
  const denied = requireAdmin(actor);
  if (denied) return denied;
  const name = change.name?.trim() || null;
  const role = change.role?.trim() || null;
  if (role && !name) return failure("FIELD_SIGNATORY_ROLE_WITHOUT_NAME");
  if ((name?.length ?? 0) > SIGNATORY_MAX_LENGTH || (role?.length ?? 0) > SIGNATORY_MAX_LENGTH)
    return failure("FIELD_SIGNATORY_TOO_LONG", { max: SIGNATORY_MAX_LENGTH });
  let logo: { bytes: Uint8Array<ArrayBuffer>; type: TLogoType } | null = null;
  if (change.logo instanceof Uint8Array) {
    const checked = await checkLogo(change.logo);
    if (!checked.ok) return checked;
    logo = { bytes: new Uint8Array(change.logo), type: checked.type };
  }
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({
      where: { id: organisationId },
      select: { signatoryName: true, signatoryRole: true, certificateLogoType: true },
    });
    if (!before) return failure("THIS_ORGANISATION_GONE");
    const removing = change.logo === "remove" && before.certificateLogoType !== null;
    await tx.organisation.update({
      where: { id: organisationId },
      data: {
        signatoryName: name,
        signatoryRole: role,
        ...(logo ? { certificateLogo: logo.bytes, certificateLogoType: logo.type } : {}),
        ...(removing ? { certificateLogo: null, certificateLogoType: null } : {}),
      },
    });
    await recordAudit(tx, actor, {
      action: "organisation.certificate-signatory",
      organisationId,
      targetType: "organisation",
      targetId: organisationId,
      details: {
        from: { signatoryName: before.signatoryName, signatoryRole: before.signatoryRole },
        to: { signatoryName: name, signatoryRole: role },
        // What the logo became: its type and size, never its bytes.
        ...(logo ? { logo: { type: logo.type, bytes: logo.bytes.length } } : {}),
        ...(removing ? { logo: "removed" } : {}),
      },
    });
    return {
      ok: true as const,
      logo: logo
        ? ("replaced" as const)
        : removing
          ? ("removed" as const)
          : before.certificateLogoType
            ? ("kept" as const)
            : ("none" as const),
    };
  });
}
