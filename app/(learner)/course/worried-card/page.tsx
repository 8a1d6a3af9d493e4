import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/print-button";
import { SafeguardingContacts } from "@/components/safeguarding-contacts";
import { requireUser } from "@/lib/auth/current-user";
import { HELP_SECTIONS } from "@/lib/course/help";
import { telHref } from "@/lib/format/tel";
import { getOwnSafeguarding } from "@/lib/people/contacts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("WorriedCard"))("title") };
}

// The response this course teaches (modules three and seven), on one page to keep by the phone: messages
// WorriedCard.step1 to step8, in order.
const STEPS = ["step1", "step2", "step3", "step4", "step5", "step6", "step7", "step8"] as const;

export default async function WorriedCardPage() {
  const user = await requireUser();
  const [own, t, help] = await Promise.all([
    getOwnSafeguarding(user),
    getTranslations("WorriedCard"),
    getTranslations("Help"),
  ]);
  // The helplines' names and descriptions in the page's language; lib/course/help.ts keeps the English.
  const say = (name: string, field: "name" | "detail", english: string) =>
    help.has(`contacts.${name}.${field}`) ? help(`contacts.${name}.${field}`) : english;
  const national = HELP_SECTIONS.flatMap((s) => s.contacts).filter((c) => c.phone || c.href);
  return (
    <div className="space-y-4">
      <div className="no-print flex gap-3">
        <PrintButton label={t("print")} />
      </div>
      <article className="worried-card rounded-xl border-2 border-black bg-white p-6 text-black">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <ol className="mt-3 list-decimal space-y-1 pl-6">
          {STEPS.map((s) => (
            <li key={s}>{t(s)}</li>
          ))}
        </ol>
        <h2 className="mt-5 text-lg font-bold">{help("whoToTell", { organisation: own.organisationName })}</h2>
        <SafeguardingContacts contacts={own.contacts} organisationName={own.organisationName} compact />
        <h2 className="mt-5 text-lg font-bold">{t("nationalHelp")}</h2>
        <ul className="mt-1 space-y-1">
          {national.map((c) => (
            <li key={c.name}>
              <strong>{say(c.name, "name", c.name)}</strong>
              {c.phone ? (
                <>
                  {" "}
                  <a href={telHref(c.phone)} className="font-semibold whitespace-nowrap underline">
                    {c.phone}
                  </a>
                </>
              ) : null}
              : {say(c.name, "detail", c.detail)}
              {c.href ? ` ${c.href.replace(/^https:\/\//, "").replace(/\/$/, "")}` : ""}
            </li>
          ))}
        </ul>
      </article>
    </div>
  );
}
