import { requireRole } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/roles";

export default async function TrainerLayout({ children }: { children: React.ReactNode }) {
  await requireRole(...AREA_ROLES.trainer);
  return children;
}
