import type { Metadata, Viewport } from "next";
import { GetHelpPanel } from "@/components/get-help-panel";
import { RouteFocus } from "@/components/route-focus";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLink } from "@/components/skip-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getOwnSafeguarding } from "@/lib/people/contacts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Safeguarding online", template: "%s · Safeguarding online" },
  description: "Safeguarding training on online child sexual abuse, grooming, sextortion, Report Remove and Childline.",
};

// Every page shows who is signed in, so nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const own = user ? await getOwnSafeguarding(user) : undefined;
  return (
    <html lang="en-GB">
      <body className="min-h-screen">
        <SkipLink />
        <SiteHeader user={user} />
        <div className="page-grid mx-auto grid max-w-6xl gap-6 px-4 py-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
          {/* tabIndex -1: the skip link and a move between pages can put focus here (it is not a Tab stop). */}
          <main id="main" tabIndex={-1} className="min-w-0 focus:outline-none">
            {children}
          </main>
          <div className="help-column no-print">
            <GetHelpPanel own={own} />
          </div>
        </div>
        <SiteFooter />
        <RouteFocus />
      </body>
    </html>
  );
}
