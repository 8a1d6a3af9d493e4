import type { TContactKind } from "../people/contacts";

export type TSignatory = { name: string; role: string | null };

/** The safeguarding contact who signs when no signatory is named. */
export const DSL_KIND = "DSL" satisfies TContactKind;

/** The role printed under a designated safeguarding lead who signs because no signatory was named. */
export const DSL_ROLE = "Designated safeguarding lead";

/**
 * Who signs an organisation's certificates: the signatory its administrator named, else its designated
 * safeguarding lead from its safeguarding contacts (the first, in the organisation's order), else nobody, in
 * which case the certificate prints no signature block rather than an empty one.
 */
export function chooseSignatory(
  named: { signatoryName: string | null; signatoryRole: string | null },
  contacts: readonly { kind: string; name: string }[],
): TSignatory | null {
  const name = named.signatoryName?.trim();
  if (name) return { name, role: named.signatoryRole?.trim() || null };
  const dsl = contacts.find((c) => c.kind === DSL_KIND && c.name.trim());
  return dsl ? { name: dsl.name.trim(), role: DSL_ROLE } : null;
}

/** The longest signatory name or role: what fits on one line under the signature. */
export const SIGNATORY_MAX_LENGTH = 80;
