import { formatDateTime } from "@/lib/format/dates";
import { SIGN_IN_HISTORY_DAYS } from "@/lib/auth/sign-in-history-retention";

const HOW: Record<string, string> = {
  password: "Password",
  "password+app": "Password and authenticator app",
  "password+recovery-code": "Password and a recovery code",
  "sso:azure-ad": "Microsoft account (single sign-on)",
  "sso:google": "Google account (single sign-on)",
  "sso:oidc": "Your organisation's account (single sign-on)",
};

/** The person's own recent sign-ins, so that one that was not them stands out. */
export function SignInHistory({
  signIns,
}: {
  signIns: { id: string; createdAt: Date; method: string; address: string }[];
}) {
  return (
    <div className="mt-4">
      <h3 className="font-bold">Recent sign-ins</h3>
      {signIns.length ? (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="sign-in-history">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-4">
                  When
                </th>
                <th scope="col" className="py-1 pr-4">
                  How
                </th>
                <th scope="col" className="py-1">
                  From (network address)
                </th>
              </tr>
            </thead>
            <tbody>
              {signIns.map((s) => (
                <tr key={s.id} className="border-b border-slate-100">
                  <td className="py-1 pr-4 whitespace-nowrap">{formatDateTime(s.createdAt)}</td>
                  <td className="py-1 pr-4">{HOW[s.method] ?? s.method}</td>
                  <td className="py-1 font-mono">{s.address}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-2 text-slate-700">No sign-ins recorded yet.</p>
      )}
      <p className="mt-2 text-sm text-slate-600">
        The last {SIGN_IN_HISTORY_DAYS} days are kept. If you see a sign-in that was not you, change your password and
        sign out of all devices.
      </p>
    </div>
  );
}
