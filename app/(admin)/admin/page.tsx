import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/current-user";
import { listOrganisations } from "@/lib/people/organisations";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminHome"))("title") };
}

const SECTIONS = [
  { href: "/admin/organisations", key: "organisations" },
  { href: "/admin/people", key: "people" },
  { href: "/trainer/import", key: "import" },
  { href: "/admin/certificates", key: "certificates" },
  { href: "/admin/outbox", key: "outbox" },
  { href: "/admin/audit", key: "audit" },
] as const;

export default async function AdminHomePage() {
  const user = await requireRole("ADMIN");
  const [organisations, t] = await Promise.all([listOrganisations(user), getTranslations("AdminHome")]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {SECTIONS.map((s) => (
          <Card as="li" key={s.href}>
            <Link href={s.href} className="text-lg font-semibold text-brand-700 underline">
              {t(`${s.key}Title`)}
            </Link>
            <p className="mt-1 text-slate-700">{t(`${s.key}Text`)}</p>
          </Card>
        ))}
      </ul>
      <p className="text-slate-700">
        {t("totals", {
          organisations: organisations.length,
          people: organisations.reduce((n, o) => n + o._count.users, 0),
        })}
      </p>
    </div>
  );
}
