import Link from "next/link";

export default function NotFound() {
  return (
    <div className="rounded-xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-slate-700">The page you were looking for does not exist or is not yours to see.</p>
      <Link href="/course" className="mt-4 inline-block font-medium text-brand-700 underline">
        Go to the course
      </Link>
    </div>
  );
}
