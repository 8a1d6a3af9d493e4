"use client";

import { useSearchParams } from "next/navigation";
import { AreaNav } from "@/components/ui/area-nav";

/**
 * The trainer area's tasks, on every trainer page. The organisation (and, for the reports, the group)
 * the reader is looking at comes from the address, so an administrator working on another
 * organisation stays in it; "all" (every organisation, on the question report) is not one to carry.
 */
export type TTrainerNavLabels = Record<
  "label" | "compliance" | "assign" | "invite" | "import" | "contacts" | "evidence" | "questions",
  string
>;

export function TrainerNav({ labels: l }: { labels: TTrainerNavLabels }) {
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
      label={l.label}
      items={[
        { label: l.compliance, href: `/trainer${orgQuery}` },
        { label: l.assign, href: `/trainer/assign${orgQuery}` },
        { label: l.invite, href: `/trainer/invite${orgQuery}` },
        { label: l.import, href: `/trainer/import${orgQuery}` },
        { label: l.contacts, href: `/trainer/contacts${orgQuery}` },
        { label: l.evidence, href: `/trainer/evidence${report}` },
        { label: l.questions, href: `/trainer/questions${report}` },
      ]}
    />
  );
}
