export const ROLES = ["LEARNER", "TRAINER", "ADMIN"] as const;
export type TRole = (typeof ROLES)[number];

/** Which roles may enter each area. Used by the proxy and by the layouts' guards alike. */
export const AREA_ROLES = {
  trainer: ["TRAINER", "ADMIN"],
  admin: ["ADMIN"],
} as const satisfies Record<string, readonly TRole[]>;

export function isRole(value: unknown): value is TRole {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
