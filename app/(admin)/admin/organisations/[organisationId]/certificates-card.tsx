import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Card, CardTitle } from "@/components/ui/card";
import type { TCertificateSettings } from "@/lib/certificates/signatory";
import { SIGNATORY_MAX_LENGTH } from "@/lib/certificates/signatory-choice";
import { saveCertificateSettingsAction } from "../certificate-actions";

/**
 * Who signs this organisation's certificates and the logo printed on them. Certificates already issued show the
 * current settings whenever they are printed or downloaded.
 */
export async function CertificatesCard({
  org,
  settings,
}: {
  org: { id: string; name: string };
  settings: TCertificateSettings;
}) {
  const t = await getTranslations("AdminCertificateSettings");
  const link = (chunks: React.ReactNode) => (
    <Link href={`/trainer/contacts?org=${org.id}`} className="font-medium text-brand-700 underline">
      {chunks}
    </Link>
  );
  return (
    <Card aria-labelledby="certificates-title">
      <CardTitle id="certificates-title">{t("title")}</CardTitle>
      <p className="mt-2 text-slate-700">{t("intro", { organisation: org.name })}</p>
      <p className="mt-2 text-slate-700" data-testid="signatory-fallback">
        {settings.fallback
          ? t.rich("fallback", { name: settings.fallback.name, link })
          : t.rich("noFallback", { link })}
      </p>
      {/* Cleared after a save, so the fields show what was saved and a chosen file is not sent again. */}
      <ActionForm
        action={saveCertificateSettingsAction}
        submitLabel={t("save")}
        pendingLabel={t("saving")}
        clearOnSuccess
        className="mt-4 max-w-xl"
      >
        <input type="hidden" name="organisationId" value={org.id} />
        <div>
          <label htmlFor="signatory-name" className="block font-medium">
            {t("nameLabel")}
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
            {t("roleLabel")}
          </label>
          <p id="signatory-role-hint" className="text-sm text-slate-600">
            {t("roleHint")}
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
            <h3 className="font-medium">{t("currentLogo")}</h3>
            {/* A data: URL (at most 200 KB), so no route serves an organisation's logo; the CSP allows data: images. */}
            {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL, which next/image does not optimise */}
            <img
              src={settings.logo.dataUrl}
              alt={t("logoAlt", { organisation: org.name })}
              className="mt-1 max-h-20 max-w-64 border border-slate-200 bg-white object-contain p-2"
            />
            <p className="mt-1 text-sm text-slate-600">
              {t("logoSize", {
                format: settings.logo.type === "image/png" ? "PNG" : "JPEG",
                kilobytes: settings.logo.kilobytes,
              })}
            </p>
            <label className="mt-2 flex items-start gap-2">
              <input type="checkbox" name="removeLogo" />
              <span>{t("removeLogo")}</span>
            </label>
          </div>
        ) : null}
        <div>
          <label htmlFor="certificate-logo" className="block font-medium">
            {settings.logo ? t("replaceLogo") : t("logoOptional")}
          </label>
          <p id="certificate-logo-hint" className="text-sm text-slate-600">
            {settings.logo ? t("logoHintKeep") : t("logoHint")}
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
