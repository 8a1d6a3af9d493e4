import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The foot of every page: the accessibility statement, which regulations expect to be linked from each page. */
export async function SiteFooter() {
  const t = await getTranslations("Site");
  return (
    <footer className="no-print border-t border-slate-200 bg-white">
      <div className="site-width mx-auto max-w-6xl px-4 py-4 text-sm">
        <Link href="/accessibility" className="inline-block py-0.5 text-brand-700 underline">
          {t("accessibilityStatement")}
        </Link>
      </div>
    </footer>
  );
}
