import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { normaliseCertificateNumber } from "@/lib/certificates/number";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Verify"))("formTitle") };
}

/** Public: anyone (an inspector, an employer) can check a certificate by its number. */
export default async function VerifyFormPage({
  searchParams,
}: {
  searchParams: Promise<{ number?: string | string[] }>;
}) {
  const raw = (await searchParams).number;
  const typed = typeof raw === "string" ? raw : undefined;
  if (typed) {
    const number = normaliseCertificateNumber(typed);
    if (number) redirect(`/verify/${number}`);
  }
  const t = await getTranslations("Verify");
  return (
    <div className="mx-auto max-w-xl rounded-xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("formTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("formIntro")}</p>
      <form action="/verify" method="get" className="mt-5 space-y-3">
        <label htmlFor="number" className="block font-medium">
          {t("numberLabel")}
        </label>
        <input
          id="number"
          name="number"
          defaultValue={typed ?? ""}
          placeholder="SG-XXXX-XXXX-XXXX-XXXX"
          autoComplete="off"
          spellCheck={false}
          required
          aria-describedby={typed ? "number-error" : undefined}
          className="w-full rounded-md border border-slate-400 px-3 py-2 font-mono uppercase"
        />
        {typed ? (
          <p id="number-error" className="rounded-md bg-red-50 p-3 text-red-800" data-testid="verify-error">
            {t("notANumber")}
          </p>
        ) : null}
        <button
          type="submit"
          className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          {t("check")}
        </button>
      </form>
    </div>
  );
}
