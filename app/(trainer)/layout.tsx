import { TrainerNav } from "@/components/trainer/trainer-nav";
import { requireRole } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/roles";

export default async function TrainerLayout({ children }: { children: React.ReactNode }) {
  await requireRole(...AREA_ROLES.trainer);
  return (
    <div className="space-y-6">
      <TrainerNav />
      {children}
    </div>
  );
}
