import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { telHref } from "@/lib/format/tel";
import type { TContact } from "@/lib/people/contacts";

/** The learner's own organisation's contacts; without them, a plain instruction to find out who they are. */
export async function SafeguardingContacts({
  contacts,
  organisationName,
  compact = false,
}: {
  contacts: TContact[];
  organisationName: string;
  compact?: boolean;
}) {
  const [t, kinds] = await Promise.all([getTranslations("Help"), getTranslations("Badges.contact")]);
  const hasDsl = contacts.some((c) => c.kind === "DSL");
  return (
    <div data-testid="own-safeguarding-contacts">
      {contacts.length ? (
        <ul className={compact ? "space-y-1" : "space-y-2"}>
          {contacts.map((c, i) => (
            <li key={i}>
              <span className="block text-sm text-slate-600">{kinds(c.kind)}</span>
              <span className="font-semibold">{c.name}</span>{" "}
              <a href={telHref(c.phone)} className="font-semibold whitespace-nowrap text-brand-800 underline">
                {c.phone}
              </a>
              {c.email ? (
                <>
                  {" "}
                  ·{" "}
                  <a href={`mailto:${c.email}`} className="break-all text-brand-800 underline">
                    {c.email}
                  </a>
                </>
              ) : null}
              {c.notes && !compact ? <span className="block text-sm text-slate-700">{c.notes}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {!hasDsl ? (
        <p className="mt-1 rounded-md bg-amber-50 p-2 text-amber-950" data-testid="no-dsl">
          {t("noDsl", { organisation: organisationName })}
        </p>
      ) : null}
      {compact ? null : (
        // A link to another page means nothing on paper (a printed lesson carries these contacts).
        <p className="no-print mt-2 text-sm">
          <Link href="/course/worried-card" className="text-brand-700 underline">
            {t("printCard")}
          </Link>
        </p>
      )}
    </div>
  );
}
