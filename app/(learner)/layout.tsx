import { requireUser } from "@/lib/auth/current-user";

export default async function LearnerLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return children;
}
