import { withActorRoute } from "@/lib/edge/route";
import { AppError } from "@/lib/errors";
import { importTemplateCsv } from "@/lib/imports/template";
import { getManagedOrganisation } from "@/lib/people/organisations";
import { managedOrganisationId } from "@/lib/people/scope";

/** A staff list to fill in for an import, with the organisation's own group names in its examples. */
export const GET = withActorRoute(
  { roles: { only: ["TRAINER", "ADMIN"], action: "import-people" } },
  async ({ actor, request }) => {
    const requested = new URL(request.url).searchParams.get("org") || actor.organisationId;
    // Another organisation's groups are not a trainer's to read (403); one that does not exist is a 404.
    const org = await getManagedOrganisation(actor, managedOrganisationId(actor, requested));
    if (!org) throw new AppError("THIS_ORGANISATION_GONE");
    return new Response(importTemplateCsv(org.groups.map((g) => g.name)), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="staff-list-template.csv"',
        "Cache-Control": "private, no-store",
      },
    });
  },
);
