import type { Metadata } from "next";
import Link from "next/link";
import { ReadingSettingsForm } from "@/components/reading/reading-settings-form";
import { requireUser } from "@/lib/auth/current-user";
import { getOwnReadingSettings } from "@/lib/reading/store";
import { saveReadingSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Reading settings" };

export default async function ReadingSettingsPage() {
  const user = await requireUser();
  const settings = await getOwnReadingSettings(user);
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/account" className="text-brand-700 underline underline-offset-2">
          Your account
        </Link>
      </nav>
      <h1 className="text-2xl font-bold sm:text-3xl">Reading settings</h1>
      <p className="max-w-prose text-slate-800">
        Choose how text looks on every page while you are signed in: its size, the space between lines, the font, and
        the colours. Each choice shows an example; the preview at the end shows them together. Your settings are kept
        with your account, so they follow you to any device you sign in on.
      </p>
      <ReadingSettingsForm action={saveReadingSettingsAction} saved={settings} />
    </div>
  );
}
