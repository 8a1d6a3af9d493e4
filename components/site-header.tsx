import Link from "next/link";
import type { TActor } from "@/lib/auth/current-user";
import { roleLabel } from "@/lib/auth/roles";
import { SignOutButton } from "./sign-out-button";

export function SiteHeader({ user }: { user: TActor | null }) {
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight">
          Safeguarding online
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          {user ? (
            <>
              <Link href="/course" className="underline-offset-4 hover:underline">
                Course
              </Link>
              {user.role !== "LEARNER" ? (
                <Link href="/trainer" className="underline-offset-4 hover:underline">
                  Trainer
                </Link>
              ) : null}
              {user.role === "ADMIN" ? (
                <Link href="/admin" className="underline-offset-4 hover:underline">
                  Admin
                </Link>
              ) : null}
              <Link href="/account" className="text-white/90 underline-offset-4 hover:underline">
                {user.name} <span className="text-white/75">({roleLabel(user.role)})</span>
              </Link>
              <SignOutButton />
            </>
          ) : null}
          <a href="#get-help" className="rounded-md bg-orange-100 px-3 py-1.5 font-semibold text-help-700 lg:hidden">
            Get help
          </a>
        </nav>
      </div>
    </header>
  );
}
