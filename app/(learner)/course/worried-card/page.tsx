import type { Metadata } from "next";
import { PrintButton } from "@/components/print-button";
import { SafeguardingContacts } from "@/components/safeguarding-contacts";
import { requireUser } from "@/lib/auth/current-user";
import { HELP_SECTIONS } from "@/lib/course/help";
import { telHref } from "@/lib/format/tel";
import { getOwnSafeguarding } from "@/lib/people/contacts";

export const metadata: Metadata = { title: "If you are worried about a child" };

// The response this course teaches (modules three and seven), on one page to keep by the phone.
const STEPS = [
  "If a child is in immediate danger, call the police on 999.",
  "Stay calm and listen. Let them tell it in their own words; do not push for details.",
  "Reassure them that telling you was the right thing, and that it is not their fault.",
  "Never promise to keep it secret: explain who you will tell and why.",
  "Never view, copy, forward, print, save or delete an image, even to 'help'.",
  "Do not confront the person they are worried about.",
  "Write down what was said, in their words, with the date and time.",
  "Tell your designated safeguarding lead (DSL) straight away, and follow your organisation's procedure.",
];

export default async function WorriedCardPage() {
  const user = await requireUser();
  const own = await getOwnSafeguarding(user);
  const national = HELP_SECTIONS.flatMap((s) => s.contacts).filter((c) => c.phone || c.href);
  return (
    <div className="space-y-4">
      <div className="no-print flex gap-3">
        <PrintButton />
      </div>
      <article className="worried-card rounded-xl border-2 border-black bg-white p-6 text-black">
        <h1 className="text-2xl font-bold">If you are worried about a child</h1>
        <ol className="mt-3 list-decimal space-y-1 pl-6">
          {STEPS.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
        <h2 className="mt-5 text-lg font-bold">Who to tell at {own.organisationName}</h2>
        <SafeguardingContacts contacts={own.contacts} organisationName={own.organisationName} compact />
        <h2 className="mt-5 text-lg font-bold">National help</h2>
        <ul className="mt-1 space-y-1">
          {national.map((c) => (
            <li key={c.name}>
              <strong>{c.name}</strong>
              {c.phone ? (
                <>
                  {" "}
                  <a href={telHref(c.phone)} className="font-semibold whitespace-nowrap underline">
                    {c.phone}
                  </a>
                </>
              ) : null}
              : {c.detail}
              {c.href ? ` ${c.href.replace(/^https:\/\//, "").replace(/\/$/, "")}` : ""}
            </li>
          ))}
        </ul>
      </article>
    </div>
  );
}
