import Link from "next/link";

/** The foot of every page: the accessibility statement, which regulations expect to be linked from each page. */
export function SiteFooter() {
  return (
    <footer className="no-print border-t border-slate-200 bg-white">
      <div className="site-width mx-auto max-w-6xl px-4 py-4 text-sm">
        <Link href="/accessibility" className="inline-block py-0.5 text-brand-700 underline">
          Accessibility statement
        </Link>
      </div>
    </footer>
  );
}
