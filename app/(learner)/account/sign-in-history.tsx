import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/dates";
import { SIGN_IN_HISTORY_DAYS } from "@/lib/auth/sign-in-history-retention";

// How each sign-in was made, as its message key (SignInHistory.methods).
const HOW = {
  password: "password",
  "password+app": "passwordApp",
  "password+recovery-code": "passwordRecoveryCode",
  "sso:azure-ad": "ssoAzureAd",
  "sso:google": "ssoGoogle",
  "sso:oidc": "ssoOidc",
} as const;

const isKnownMethod = (method: string): method is keyof typeof HOW => Object.hasOwn(HOW, method);

/** The person's own recent sign-ins, so that one that was not them stands out. */
export async function SignInHistory({
  signIns,
  locale,
}: {
  signIns: { id: string; createdAt: Date; method: string; address: string }[];
  locale: string;
}) {
  const t = await getTranslations("SignInHistory");
  return (
    <div className="mt-4">
      <h3 className="font-bold">{t("heading")}</h3>
      {signIns.length ? (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="sign-in-history">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-4">
                  {t("when")}
                </th>
                <th scope="col" className="py-1 pr-4">
                  {t("how")}
                </th>
                <th scope="col" className="py-1">
                  {t("from")}
                </th>
              </tr>
            </thead>
            <tbody>
              {signIns.map((s) => (
                <tr key={s.id} className="border-b border-slate-100">
                  <td className="py-1 pr-4 whitespace-nowrap">{formatDateTime(s.createdAt, { locale })}</td>
                  <td className="py-1 pr-4">{isKnownMethod(s.method) ? t(`methods.${HOW[s.method]}`) : s.method}</td>
                  <td className="py-1 font-mono">{s.address}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-2 text-slate-700">{t("none")}</p>
      )}
      <p className="mt-2 text-sm text-slate-600">{t("kept", { days: SIGN_IN_HISTORY_DAYS })}</p>
    </div>
  );
}
