"use client";

import { useSearchParams } from "next/navigation";
import { AreaNav } from "@/components/ui/area-nav";

/**
 * The trainer area's tasks, on every trainer page. The organisation (and, for the reports, the group)
 * the reader is looking at comes from the address, so an administrator working on another
 * organisation stays in it; "all" (every organisation, on the question report) is not one to carry.
 */
export function TrainerNav() {
  const params = useSearchParams();
  const org = params.get("org");
  const group = params.get("group");
  const orgQuery = org && org !== "all" ? `?org=${encodeURIComponent(org)}` : "";
  const reportQuery = new URLSearchParams({
    ...(org && org !== "all" ? { org } : {}),
    ...(group ? { group } : {}),
  }).toString();
  const report = reportQuery ? `?${reportQuery}` : "";
  return (
    <AreaNav
      label="Trainer tasks"
      items={[
        { label: "Compliance", href: `/trainer${orgQuery}` },
        { label: "Assign the course", href: `/trainer/assign${orgQuery}` },
        { label: "Invite (and pending invitations)", href: `/trainer/invite${orgQuery}` },
        { label: "Import CSV", href: `/trainer/import${orgQuery}` },
        { label: "Safeguarding contacts", href: `/trainer/contacts${orgQuery}` },
        { label: "Inspection evidence", href: `/trainer/evidence${report}` },
        { label: "What staff get wrong", href: `/trainer/questions${report}` },
      ]}
    />
  );
}
