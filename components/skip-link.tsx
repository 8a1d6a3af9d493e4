/**
 * The first thing a keyboard reaches on every page: past the header to the page's own content. The target (main)
 * has tabIndex -1, so the link moves focus there and the next Tab continues inside the page, not back in the header.
 */
export function SkipLink({ label, target = "main" }: { label: string; target?: string }) {
  return (
    <a
      href={`#${target}`}
      className="no-print sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 focus:font-semibold focus:text-brand-800"
    >
      {label}
    </a>
  );
}
