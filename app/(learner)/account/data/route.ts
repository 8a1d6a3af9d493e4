import { withActorRoute } from "@/lib/edge/route";
import { exportOwnData } from "@/lib/privacy/export";

const PRIVATE = { "Cache-Control": "private, no-store" };

/** The signed-in person's own data as a JSON download (anyone signed in: learners, trainers, administrators). */
export const GET = withActorRoute({ headers: PRIVATE }, async ({ actor }) => {
  const now = new Date();
  const data = await exportOwnData(actor, now);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="my-data-${now.toISOString().slice(0, 10)}.json"`,
      ...PRIVATE,
    },
  });
});
