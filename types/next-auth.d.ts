import type { DefaultSession } from "next-auth";
import type { TRole } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & {
      id: string;
      role: TRole;
      organisationId: string;
      sessionVersion?: number;
      authTime?: number;
    };
  }
  interface User {
    role: TRole;
    organisationId: string;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: TRole;
    organisationId?: string;
    // The person's session version when this token was issued, and when they signed in (seconds).
    sessionVersion?: number;
    authTime?: number;
  }
}
