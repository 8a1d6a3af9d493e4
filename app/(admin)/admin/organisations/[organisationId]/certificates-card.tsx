import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { Card, CardTitle } from "@/components/ui/card";
import type { TCertificateSettings } from "@/lib/certificates/signatory";
import { SIGNATORY_MAX_LENGTH } from "@/lib/certificates/signatory-choice";
import { saveCertificateSettingsAction } from "../certificate-actions";

/**
 * Who signs this organisation's certificates and the logo printed on them. Certificates already issued show the
 * current settings whenever they are printed or downloaded.
 */
export function CertificatesCard({
  org,
  settings,
}: {
  org: { id: string; name: string };
  settings: TCertificateSettings;
}) {
  return (
    <Card aria-labelledby="certificates-title">
      <CardTitle id="certificates-title">Certificates</CardTitle>
      <p className="mt-2 text-slate-700">
        Certificates name {org.name} as the issuer and are signed by the person below: usually your designated
        safeguarding lead (DSL) or the lead who oversees training. They also list the topics the course covers and carry
        a QR code that anyone can scan to check the certificate is genuine.
      </p>
      <p className="mt-2 text-slate-700" data-testid="signatory-fallback">
        {settings.fallback ? (
          <>
            With nobody named here, certificates are signed by {settings.fallback.name}, the designated safeguarding
            lead in your{" "}
            <Link href={`/trainer/contacts?org=${org.id}`} className="font-medium text-brand-700 underline">
              safeguarding contacts
            </Link>
            .
          </>
        ) : (
          <>
            With nobody named here and no designated safeguarding lead in your{" "}
            <Link href={`/trainer/contacts?org=${org.id}`} className="font-medium text-brand-700 underline">
              safeguarding contacts
            </Link>
            , certificates carry no signature.
          </>
        )}
      </p>
      {/* Cleared after a save, so the fields show what was saved and a chosen file is not sent again. */}
      <ActionForm
        action={saveCertificateSettingsAction}
        submitLabel="Save certificate settings"
        clearOnSuccess
        className="mt-4 max-w-xl"
      >
        <input type="hidden" name="organisationId" value={org.id} />
        <div>
          <label htmlFor="signatory-name" className="block font-medium">
            Signatory&apos;s name
          </label>
          <input
            id="signatory-name"
            name="signatoryName"
            maxLength={SIGNATORY_MAX_LENGTH}
            autoComplete="off"
            defaultValue={settings.signatoryName ?? ""}
            className="w-full rounded-md border border-slate-400 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="signatory-role" className="block font-medium">
            Signatory&apos;s role
          </label>
          <p id="signatory-role-hint" className="text-sm text-slate-600">
            Printed under their name, for example &quot;Designated safeguarding lead&quot; or &quot;Headteacher&quot;.
          </p>
          <input
            id="signatory-role"
            name="signatoryRole"
            maxLength={SIGNATORY_MAX_LENGTH}
            autoComplete="off"
            aria-describedby="signatory-role-hint"
            defaultValue={settings.signatoryRole ?? ""}
            className="w-full rounded-md border border-slate-400 px-3 py-2"
          />
        </div>
        {settings.logo ? (
          <div>
            <h3 className="font-medium">Current logo</h3>
            {/* A data: URL (at most 200 KB), so no route serves an organisation's logo; the CSP allows data: images. */}
            {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL, which next/image does not optimise */}
            <img
              src={settings.logo.dataUrl}
              alt={`${org.name} logo, as certificates print it`}
              className="mt-1 max-h-20 max-w-64 border border-slate-200 bg-white object-contain p-2"
            />
            <p className="mt-1 text-sm text-slate-600">
              {settings.logo.type === "image/png" ? "PNG" : "JPEG"}, {settings.logo.kilobytes} KB
            </p>
            <label className="mt-2 flex items-start gap-2">
              <input type="checkbox" name="removeLogo" />
              <span>Remove logo: certificates print without one</span>
            </label>
          </div>
        ) : null}
        <div>
          <label htmlFor="certificate-logo" className="block font-medium">
            {settings.logo ? "Replace the logo" : "Logo (optional)"}
          </label>
          <p id="certificate-logo-hint" className="text-sm text-slate-600">
            A PNG or JPEG of up to 200 KB, printed at the top of each certificate. A wide logo on a white background
            prints best.{settings.logo ? " Leave this empty to keep the current logo." : ""}
          </p>
          <input
            id="certificate-logo"
            name="logo"
            type="file"
            accept="image/png,image/jpeg"
            aria-describedby="certificate-logo-hint"
            className="mt-1 block"
          />
        </div>
      </ActionForm>
    </Card>
  );
}
