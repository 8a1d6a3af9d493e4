import type { ComponentPropsWithoutRef, ElementType } from "react";

const CARD = "rounded-xl bg-white shadow-sm";

/** The white, rounded, lightly shadowed panel every trainer and admin page is built from. */
export function cardClassName({ padding = "p-5", className }: { padding?: string; className?: string } = {}) {
  return [CARD, padding, className].filter(Boolean).join(" ");
}

type TCardProps<T extends ElementType> = { as?: T; padding?: string } & Omit<ComponentPropsWithoutRef<T>, "as">;

/** A card; `as` picks the element (a section unless told), so landmarks and lists stay meaningful. */
export function Card<T extends ElementType = "section">({ as, padding, className, ...props }: TCardProps<T>) {
  const Tag: ElementType = as ?? "section";
  return <Tag className={cardClassName({ padding, className })} {...props} />;
}

/** A card's heading: an h2, with the id its section points at through aria-labelledby. */
export function CardTitle({ className, ...props }: ComponentPropsWithoutRef<"h2">) {
  return <h2 className={["text-lg font-bold", className].filter(Boolean).join(" ")} {...props} />;
}
