"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type TAreaNavItem = { label: string; href: string };

/**
 * An area's own navigation (the trainer's tasks, say), marking the section the reader is in with
 * aria-current. The links are built by the caller, so they can carry the query the area keeps.
 */
export function AreaNav({ label, items }: { label: string; items: TAreaNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="flex flex-wrap gap-x-4 gap-y-2 text-sm font-medium">
      {items.map((item) => {
        const path = item.href.split("?")[0];
        const current = pathname === path;
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={current ? "page" : undefined}
            className={current ? "text-slate-900 no-underline" : "text-brand-700 underline"}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
