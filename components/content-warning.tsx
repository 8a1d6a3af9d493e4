import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PhoneText } from "./phone-text";

/**
 * The course's one content warning, shown until the learner starts: short and kind, with a real way to stop (progress
 * is saved) and the Start button straight after it, so that on a phone it is in view without scrolling.
 */
export async function ContentWarning({
  text,
  continueHref,
  continueLabel,
}: {
  text: string;
  continueHref: string;
  continueLabel: string;
}) {
  const t = await getTranslations("ContentWarning");
  return (
    <section
      aria-labelledby="content-warning-title"
      className="mt-4 rounded-lg border-l-4 border-amber-500 bg-amber-50 px-4 py-3"
      data-testid="content-warning"
    >
      <h2 id="content-warning-title" className="font-bold text-amber-950">
        {t("heading")}
      </h2>
      <p className="mt-1 text-amber-950">
        <PhoneText text={text} />
      </p>
      <Link
        prefetch={false}
        href={continueHref}
        className="mt-3 inline-block rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
      >
        {continueLabel}
      </Link>
      <p className="mt-2 text-sm text-amber-950">{t("stop")}</p>
    </section>
  );
}

/** A harder module's one-line reminder, beside its Start button: the course's warning has already said the rest. */
export async function ContentReminder({ text }: { text: string }) {
  const t = await getTranslations("ContentWarning");
  return (
    <p
      className="mt-3 rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-amber-950"
      data-testid="content-reminder"
    >
      <span className="font-semibold">{t("note")}</span>
      <PhoneText text={text} />
    </p>
  );
}
