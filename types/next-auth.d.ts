import type { DefaultSession } from "next-auth";
import type { TRole } from "@/lib/auth/roles";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: TRole; organisationId: string };
  }
  interface User {
    role: TRole;
    organisationId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: TRole;
    organisationId?: string;
  }
}
