import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { landingPath } from "@/lib/auth/landing";

/** The site's front door, and where a sign-in with nowhere else to go ends: each person's own starting page. */
export default async function Home() {
  const user = await requireUser();
  redirect(landingPath(user.role));
}
