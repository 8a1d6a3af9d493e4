import { getTranslations } from "next-intl/server";
import { TrainerNav } from "@/components/trainer/trainer-nav";
import { requireRole } from "@/lib/auth/current-user";
import { AREA_ROLES } from "@/lib/auth/roles";

export default async function TrainerLayout({ children }: { children: React.ReactNode }) {
  await requireRole(...AREA_ROLES.trainer);
  const t = await getTranslations("TrainerNav");
  return (
    // data-wide-page: tables of staff need the full width; help moves to the header and the end of the page.
    <div className="space-y-6" data-wide-page>
      <TrainerNav
        labels={{
          label: t("label"),
          compliance: t("compliance"),
          assign: t("assign"),
          invite: t("invite"),
          import: t("import"),
          contacts: t("contacts"),
          evidence: t("evidence"),
          questions: t("questions"),
        }}
      />
      {children}
    </div>
  );
}
