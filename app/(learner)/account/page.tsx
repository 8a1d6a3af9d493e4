import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { requireUser } from "@/lib/auth/current-user";
import { roleLabel } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format/dates";
import { recentSignIns } from "@/lib/auth/sign-in-history";
import { getOwnAccount } from "@/lib/privacy/account";
import { SecondFactorSection } from "./second-factor-section";
import { SignInHistory } from "./sign-in-history";
import { signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser();
  const [account, signIns] = await Promise.all([getOwnAccount(user), recentSignIns(user)]);
  const rows: [string, string][] = [
    ["Name", account.name],
    ["Email", account.email],
    ["Organisation", account.organisation.name],
    ["Role", roleLabel(account.role)],
    ...(account.memberships.length
      ? [["Groups", account.memberships.map((m) => m.group.name).join(", ")] as [string, string]]
      : []),
    ["Joined", formatDate(account.createdAt)],
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">Your account</h1>
      <section aria-labelledby="details-title" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <h2 id="details-title" className="text-lg font-bold">
          Your details
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd className="break-words" data-testid={`account-${label.toLowerCase()}`}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-600">
          To change your name or email, ask your trainer or an administrator.
        </p>
      </section>

      <section aria-labelledby="reading-title" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <h2 id="reading-title" className="text-lg font-bold">
          Reading settings
        </h2>
        <p className="mt-2 text-slate-800">
          Make text larger, space out its lines, use a font designed for readers with dyslexia, or switch to high
          contrast. Your choices apply to every page while you are signed in, on any device.
        </p>
        <Link
          href="/account/reading"
          className="mt-4 inline-block rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Change reading settings
        </Link>
      </section>

      <section aria-labelledby="data-title" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <h2 id="data-title" className="text-lg font-bold">
          Your data
        </h2>
        <p className="mt-2 text-slate-800">
          You can download a copy of everything this platform holds about you, as a JSON file: your details and reading
          settings, the lessons you opened, every quiz attempt with your answers, your progress, completions and
          certificates, and a list of the emails sent to you.
        </p>
        {/* A plain link, not next/link: it is a file download from a route handler, not a page. */}
        <a
          href="/account/data"
          download
          className="mt-4 inline-block rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Download all my data (JSON)
        </a>
      </section>

      <section aria-labelledby="sessions-title" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <h2 id="sessions-title" className="text-lg font-bold">
          Signing in
        </h2>
        <p className="mt-2 text-slate-800">
          You stay signed in for up to 12 hours. Signing out, or resetting your password, signs you out on every device.
          If you used a shared or lost device, sign out of all devices now.
        </p>
        <ActionForm
          action={signOutEverywhereAction}
          submitLabel="Sign out of all devices"
          pendingLabel="Signing out…"
          className="mt-4"
          testId="sign-out-everywhere"
        >
          <input type="hidden" name="scope" value="all-devices" />
        </ActionForm>
        <SignInHistory signIns={signIns} />
      </section>

      <SecondFactorSection
        role={account.role}
        trainersNeedSecondFactor={account.organisation.trainersNeedSecondFactor}
        enabledAt={account.totpEnabledAt}
        recoveryCodesLeft={account._count.recoveryCodes}
      />

      <section aria-labelledby="privacy-title" className="rounded-xl bg-white p-5 shadow-sm sm:p-6">
        <h2 id="privacy-title" className="text-lg font-bold">
          Privacy
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
          <li>
            We keep your name, email, organisation and groups, and your training record (lessons, quiz answers and
            scores, completions and certificates) so that your organisation can show who has been trained.
          </li>
          <li>Your password is stored only as a one-way hash: no one, including administrators, can read it.</li>
          <li>
            If you use two-step verification, the key your authenticator app shares with us is stored encrypted, and
            your recovery codes only as one-way hashes.
          </li>
          <li>
            We keep a record of each sign-in (when, how, and the network address it came from) for 90 days, shown above
            so you can spot one that was not you.
          </li>
          <li>
            Your trainers and administrators can see your training record; anyone with a certificate number can check it
            is valid.
          </li>
          <li>
            You can ask an administrator to erase your account. Your name, email and password are then removed and your
            certificates are revoked; anonymous counts (for example, how many people completed the course) are kept.
          </li>
        </ul>
      </section>
    </div>
  );
}
