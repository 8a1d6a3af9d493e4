import type { ReactNode } from "react";

export const PAGE_TITLE_CLASS = "text-2xl font-bold sm:text-3xl";

type TPageHeaderProps = {
  title: ReactNode;
  /** A line under the heading; more than a line goes in children. */
  description?: ReactNode;
  /** Links or buttons beside the heading. */
  actions?: ReactNode;
  children?: ReactNode;
};

/** A page's h1, with its description and actions when it has them (a bare h1 when it has neither). */
export function PageHeader({ title, description, actions, children }: TPageHeaderProps) {
  const heading = <h1 className={PAGE_TITLE_CLASS}>{title}</h1>;
  if (!description && !actions && !children) return heading;
  const text = (
    <>
      {heading}
      {description ? <p className="text-slate-700">{description}</p> : null}
      {children}
    </>
  );
  if (!actions) return <header>{text}</header>;
  return (
    <header className="flex flex-wrap items-end justify-between gap-3">
      <div>{text}</div>
      {actions}
    </header>
  );
}
