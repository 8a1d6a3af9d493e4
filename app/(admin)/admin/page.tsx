import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { listOrganisations } from "@/lib/people/organisations";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Administration" };

const SECTIONS = [
  {
    href: "/admin/organisations",
    title: "Organisations and groups",
    text: "Create organisations, their groups, and invite people.",
  },
  {
    href: "/admin/people",
    title: "People",
    text: "Find anyone, change roles, deactivate accounts, send password reset links.",
  },
  {
    href: "/trainer/import",
    title: "Import staff from a spreadsheet",
    text: "Create or update many learners at once from a CSV file.",
  },
  { href: "/admin/certificates", title: "Certificates", text: "Find a certificate by number and revoke it." },
  { href: "/admin/outbox", title: "Email outbox", text: "Every email the platform has sent or is holding." },
  { href: "/admin/audit", title: "Audit log", text: "What trainers and administrators have done." },
];

export default async function AdminHomePage() {
  const user = await requireRole("ADMIN");
  const organisations = await listOrganisations(user);
  return (
    <div className="space-y-6">
      <PageHeader title="Administration" />
      <ul className="grid gap-4 sm:grid-cols-2">
        {SECTIONS.map((s) => (
          <Card as="li" key={s.href}>
            <Link href={s.href} className="text-lg font-semibold text-brand-700 underline">
              {s.title}
            </Link>
            <p className="mt-1 text-slate-700">{s.text}</p>
          </Card>
        ))}
      </ul>
      <p className="text-slate-700">
        {organisations.length} organisation{organisations.length === 1 ? "" : "s"},{" "}
        {organisations.reduce((n, o) => n + o._count.users, 0)} people.
      </p>
    </div>
  );
}
