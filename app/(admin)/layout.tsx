import { requireRole } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/roles";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireRole(...AREA_ROLES.admin);
  return children;
}
