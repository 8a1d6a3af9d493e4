import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ErrorPageTextProvider } from "@/components/error-page-text";
import { GetHelpPanel } from "@/components/get-help-panel";
import { dyslexicFont } from "@/components/reading/dyslexic-font";
import { RouteFocus } from "@/components/route-focus";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLink } from "@/components/skip-link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getOwnSafeguarding } from "@/lib/people/contacts";
import { getRequestReadingSettings } from "@/lib/reading/request";
import { readingAttributes } from "@/lib/reading/settings";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Site");
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("description"),
    // Files in public/, drawn from favicon.svg by `npm run icons`. The .ico is for tools that read nothing else.
    icons: {
      icon: [
        { url: "/favicon.svg", type: "image/svg+xml" },
        { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      ],
      apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
    },
    // The installed app's name in the reader's language: public/manifest-cy.webmanifest is the Welsh one.
    manifest: (await getLocale()) === "cy" ? "/manifest-cy.webmanifest" : "/manifest.webmanifest",
  };
}

// Every page shows who is signed in, so nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#124757" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const [own, locale, t, readingSettings, errorPage] = await Promise.all([
    user ? getOwnSafeguarding(user) : undefined,
    getLocale(),
    getTranslations("Site"),
    getRequestReadingSettings(),
    getTranslations("ErrorPages"),
  ]);
  // The person's reading settings as data attributes (app/styles/reading.css); none for the defaults.
  const reading = readingAttributes(readingSettings);
  return (
    <html lang={locale} className={dyslexicFont.variable} {...reading}>
      <body className="min-h-screen">
        <SkipLink label={t("skipToContent")} />
        <SiteHeader user={user} />
        <div className="page-grid mx-auto grid max-w-6xl gap-6 px-4 py-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
          {/* tabIndex -1: the skip link and a move between pages can put focus here (it is not a Tab stop). */}
          <main id="main" tabIndex={-1} className="min-w-0 focus:outline-none">
            <ErrorPageTextProvider
              text={{
                heading: errorPage("errorHeading"),
                body: errorPage("errorBody"),
                tryAgain: errorPage("tryAgain"),
              }}
            >
              {children}
            </ErrorPageTextProvider>
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
