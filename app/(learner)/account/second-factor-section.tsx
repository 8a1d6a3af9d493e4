import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { secondFactorRequired } from "@/lib/auth/second-factor/policy";
import type { TRole } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format/dates";
import { turnOffSecondFactorAction } from "./actions";
import { RecoveryCodesForm } from "./recovery-codes-form";

/** Two-step verification on the account page: whether it is on, recovery codes left, and what the person can do. */
export function SecondFactorSection(props: {
  role: TRole;
  trainersNeedSecondFactor: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
}) {
  const required = secondFactorRequired(props.role, props.trainersNeedSecondFactor);
  return (
    <section aria-labelledby="two-step-title" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
      <h2 id="two-step-title" className="text-lg font-bold">
        Two-step verification
      </h2>
      {props.enabledAt ? (
        <>
          <p className="mt-2 text-slate-800" data-testid="two-step-status">
            On since {formatDate(props.enabledAt)}: you sign in with your password and a code from your authenticator
            app. You have {props.recoveryCodesLeft} unused recovery code{props.recoveryCodesLeft === 1 ? "" : "s"}.
          </p>
          {props.recoveryCodesLeft <= 3 ? (
            <p className="mt-2 rounded-md bg-amber-50 p-3 text-amber-900">
              You are running out of recovery codes. Make new ones and keep them somewhere safe.
            </p>
          ) : null}
          <RecoveryCodesForm />
          {required ? (
            <p className="mt-3 text-sm text-slate-700">
              Your role needs two-step verification, so it cannot be turned off. For a new phone, ask an administrator
              to reset it; you then set it up again.
            </p>
          ) : (
            <ActionForm
              action={turnOffSecondFactorAction}
              submitLabel="Turn off two-step verification"
              pendingLabel="Turning off…"
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
            Off: you sign in with your password alone. Adding a code from an app on your phone means someone who learns
            your password still cannot sign in as you.
          </p>
          <Link
            href="/two-step/setup"
            className="mt-4 inline-block rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            Set up two-step verification
          </Link>
        </>
      )}
    </section>
  );
}
