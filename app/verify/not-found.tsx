import Link from "next/link";

export default function CertificateNotFound() {
  return (
    <div className="mx-auto max-w-xl rounded-xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">Certificate not found</h1>
      <p className="mt-2 text-slate-700" data-testid="certificate-not-found">
        No certificate has this number. Check the number on the certificate, character by character. A certificate that
        cannot be found here should not be relied on.
      </p>
      <Link href="/verify" className="mt-4 inline-block font-medium text-brand-700 underline">
        Check another number
      </Link>
    </div>
  );
}
