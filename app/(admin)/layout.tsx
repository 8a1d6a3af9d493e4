import { requireRole } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/roles";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireRole(...AREA_ROLES.admin);
  // data-wide-page: tables of people need the full width; help moves to the header and the end of the page.
  return <div data-wide-page>{children}</div>;
}
