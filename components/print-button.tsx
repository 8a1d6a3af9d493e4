"use client";

const PRIMARY = "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";

/** Opens the browser's print dialog. Hidden on paper (no-print); app/styles/print.css lays out what prints. */
export function PrintButton({ label, className = PRIMARY }: { label: string; className?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={`no-print ${className}`}>
      {label}
    </button>
  );
}
