import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Drawn between the items, hidden from screen readers: no language in it. */
const SEPARATOR = "›";

export type TBreadcrumb = { label: string; href?: string };

/**
 * The trail back up the area. The last item is the page itself (aria-current); callers build the
 * hrefs, so a page reached with ?org= keeps it on the way back.
 */
export async function Breadcrumbs({ items }: { items: TBreadcrumb[] }) {
  const t = await getTranslations("Ui");
  return (
    <nav aria-label={t("breadcrumb")} className="text-sm">
      <ol className="flex flex-wrap items-center gap-x-1.5">
        {items.map((item, i) => {
          const current = i === items.length - 1;
          return (
            <li key={`${i}-${item.label}`} className="flex items-center gap-x-1.5">
              {i > 0 ? <span aria-hidden="true">{SEPARATOR}</span> : null}
              {item.href && !current ? (
                // Padded to 24 px high: a tap target WCAG 2.2 counts (2.5.8), not a link inside a sentence.
                <Link href={item.href} className="inline-block py-0.5 text-brand-700 underline">
                  {item.label}
                </Link>
              ) : (
                <span aria-current={current ? "page" : undefined} className="text-slate-700">
                  {item.label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
