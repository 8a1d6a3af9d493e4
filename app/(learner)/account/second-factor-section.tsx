import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { secondFactorRequired } from "@/lib/auth/second-factor/policy";
import type { TRole } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format/dates";
import { turnOffSecondFactorAction } from "./actions";
import { RecoveryCodesForm } from "./recovery-codes-form";

/** Two-step verification on the account page: whether it is on, recovery codes left, and what the person can do. */
export async function SecondFactorSection(props: {
  role: TRole;
  trainersNeedSecondFactor: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
}) {
  const required = secondFactorRequired(props.role, props.trainersNeedSecondFactor);
  const [t, codes, locale] = await Promise.all([
    getTranslations("SecondFactor"),
    getTranslations("RecoveryCodes"),
    getLocale(),
  ]);
  return (
    <section aria-labelledby="two-step-title" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
      <h2 id="two-step-title" className="text-lg font-bold">
        {t("heading")}
      </h2>
      {props.enabledAt ? (
        <>
          <p className="mt-2 text-slate-800" data-testid="two-step-status">
            {t("on", { date: formatDate(props.enabledAt, { locale }), count: props.recoveryCodesLeft })}
          </p>
          {props.recoveryCodesLeft <= 3 ? (
            <p className="mt-2 rounded-md bg-amber-50 p-3 text-amber-900">{t("runningOut")}</p>
          ) : null}
          <RecoveryCodesForm
            text={{
              submit: t("makeNew"),
              pending: t("making"),
              recoveryCodes: {
                heading: codes("heading"),
                body: codes("body"),
                download: codes("download"),
                fileName: codes("fileName"),
                fileTitle: codes("fileTitle"),
                fileBody: codes("fileBody"),
              },
            }}
          />
          {required ? (
            <p className="mt-3 text-sm text-slate-700">{t("required")}</p>
          ) : (
            <ActionForm
              action={turnOffSecondFactorAction}
              submitLabel={t("turnOff")}
              pendingLabel={t("turningOff")}
              danger
              className="mt-4"
              testId="turn-off-two-step"
            >
              <input type="hidden" name="confirm" value="yes" />
            </ActionForm>
          )}
        </>
      ) : (
        <>
          <p className="mt-2 text-slate-800" data-testid="two-step-status">
            {t("off")}
          </p>
          <Link
            href="/two-step/setup"
            className="mt-4 inline-block rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            {t("setUp")}
          </Link>
        </>
      )}
    </section>
  );
}
