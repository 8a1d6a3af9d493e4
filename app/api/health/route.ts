import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** For load balancers and monitoring: 200 only when the database answers a real query. */
export async function GET() {
  const started = Date.now();
  try {
    await db.organisation.count();
    return Response.json({ status: "ok", database: { status: "ok", latencyMs: Date.now() - started } });
  } catch {
    return Response.json({ status: "error", database: { status: "unreachable" } }, { status: 503 });
  }
}
