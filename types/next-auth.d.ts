import "next-auth";
import "next-auth/jwt";

// The session names the person and versions the session, nothing more: getCurrentUser (lib/auth/current-user)
// re-reads who they are from the database on every request and is the one place that decides they are signed in.
declare module "next-auth" {
  interface Session {
    user: {
      id: string;
      sessionVersion?: number;
      authTime?: number;
      secondFactor?: boolean;
      sso?: boolean;
    };
  }
  interface User {
    id: string;
    sessionVersion: number;
    // Set by the signIn callback for a single sign-on.
    viaSso?: boolean;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    // The person's session version when this token was issued, and when they signed in (seconds).
    sessionVersion?: number;
    authTime?: number;
    // Whether this session has been given a code from the person's authenticator (or a recovery code).
    secondFactor?: boolean;
    // Whether the session began with a single sign-on (whose provider's own second factor may be trusted).
    sso?: boolean;
  }
}
