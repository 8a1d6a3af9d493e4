import { getEnv, publicBaseUrl } from "@/lib/env";
import { securityTxt } from "@/lib/security/security-txt";

// Read at request time: the contact is the operator's, set in the environment, and Expires moves on.
export const dynamic = "force-dynamic";

/** RFC 9116 security.txt: public, no sign-in. */
export function GET() {
  const env = getEnv();
  const body = securityTxt({
    baseUrl: publicBaseUrl(),
    contact: env.SECURITY_CONTACT,
    policyUrl: env.SECURITY_POLICY_URL,
    now: new Date(),
  });
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
