import { getCurrentUser } from "@/lib/auth/current-user";
import { exportOwnData } from "@/lib/privacy/export";

/** The signed-in person's own data as a JSON download (anyone signed in: learners, trainers, administrators). */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to download your data." }, { status: 401, headers: { "Cache-Control": "private, no-store" } });
  const now = new Date();
  const data = await exportOwnData(user, now);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="my-data-${now.toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
