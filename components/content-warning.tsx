import Link from "next/link";

/** A warning before hard material, with a real way to stop: progress is saved, support is beside it. */
export function ContentWarning({
  text,
  continueHref,
  continueLabel,
}: {
  text: string;
  continueHref: string;
  continueLabel: string;
}) {
  return (
    <section aria-labelledby="content-warning-title" className="rounded-xl border-l-4 border-amber-500 bg-amber-50 p-5">
      <h2 id="content-warning-title" className="text-lg font-bold text-amber-950">
        Content warning
      </h2>
      <p className="mt-2 text-amber-950">{text}</p>
      <p className="mt-2 text-amber-950">
        You can stop at any point: your progress is saved and you can come back later. If anything here affects you, the{" "}
        <a href="#get-help" className="font-semibold underline">
          Get help
        </a>{" "}
        panel lists people to talk to.
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link
          prefetch={false}
          href={continueHref}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {continueLabel}
        </Link>
        <Link
          href="/course"
          className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-50"
        >
          Not now: pause and come back later
        </Link>
      </div>
    </section>
  );
}
