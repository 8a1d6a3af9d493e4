import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="rounded-xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">You do not have access to this page</h1>
      <p className="mt-2 text-slate-700">
        This area is for trainers and administrators. If you need access, ask your organisation&apos;s administrator.
      </p>
      <Link href="/course" className="mt-4 inline-block font-medium text-brand-700 underline">
        Go to your course
      </Link>
    </div>
  );
}
