// One measured figure, with its target when the issue sets one.

export type TTarget = { limit: number; higher: boolean };
export type TMetric = {
  label: string;
  /** null when the measurement could not be taken (see note). */
  value: number | null;
  unit: string;
  digits?: number;
  target?: TTarget;
  note?: string;
};

export function metricMet(m: TMetric): boolean | null {
  if (!m.target) return null;
  if (m.value === null) return false;
  return m.target.higher ? m.value >= m.target.limit : m.target.limit === 0 ? m.value <= 0 : m.value < m.target.limit;
}

export function formatValue(value: number | null, unit: string, digits = 0): string {
  if (value === null) return "not measured";
  const text = value.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return unit === "%" ? `${text}%` : unit ? `${text} ${unit}` : text;
}

export function formatTarget(m: TMetric): string {
  if (!m.target) return "";
  const limit = formatValue(m.target.limit, m.unit, m.unit === "%" ? 0 : m.digits && m.target.limit % 1 ? m.digits : 0);
  if (m.target.limit === 0 && !m.target.higher) return "none";
  return m.target.higher ? `≥ ${limit}` : `< ${limit}`;
}
