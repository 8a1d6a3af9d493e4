import Link from "next/link";
import { getTranslations } from "next-intl/server";

type TPaginationProps = {
  page: number;
  pageCount: number;
  /** The list's path, e.g. /admin/people. */
  pathname: string;
  /** The list's filters and sort: kept on every page link (empty values dropped). */
  query?: Record<string, string | undefined>;
};

/** The link to one page of a list: its query string with `page` set (left out for the first page). */
export function pageHref(pathname: string, query: Record<string, string | undefined>, page: number) {
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1]));
  params.delete("page");
  if (page > 1) params.set("page", String(page));
  const qs = params.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

/** Previous / Page n of m / Next, or nothing when the list fits on one page. */
export async function Pagination({ page, pageCount, pathname, query = {} }: TPaginationProps) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("Ui");
  return (
    <nav aria-label={t("pages")} className="mt-3 flex gap-4 text-sm">
      {page > 1 ? (
        <Link href={pageHref(pathname, query, page - 1)} className="text-brand-700 underline">
          {t("previous")}
        </Link>
      ) : null}
      <span>{t("pageOf", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={pageHref(pathname, query, page + 1)} className="text-brand-700 underline">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
