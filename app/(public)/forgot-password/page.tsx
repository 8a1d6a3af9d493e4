import type { Metadata } from "next";
import Link from "next/link";
import { ForgotForm } from "./forgot-form";

export const metadata: Metadata = { title: "Forgotten password" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md rounded-xl bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">Forgotten your password?</h1>
      <p className="mt-2 text-slate-700">Enter your email and we will send you a link to choose a new one.</p>
      <ForgotForm />
      <Link href="/login" className="mt-4 inline-block text-brand-700 underline">
        Back to sign in
      </Link>
    </div>
  );
}
