/** An axis from 0: its top value, the step between gridlines and the gridlines' values (0 first). */
export type TScale = { max: number; step: number; ticks: number[] };

/**
 * A "nice" axis from 0 for values up to `maxValue`: steps of 1, 2 or 5 times a power of ten, about `targetTicks`
 * of them, the top a whole number of steps at or above the largest value. `integer`: counts of people, so a step
 * is never a fraction. An empty or all-zero chart still gets an axis (0 to 1), so nothing divides by zero.
 */
export function niceScale(maxValue: number, { targetTicks = 4, integer = true } = {}): TScale {
  const top = Number.isFinite(maxValue) && maxValue > 0 ? maxValue : 0;
  if (top === 0) return { max: 1, step: 1, ticks: [0, 1] };
  const raw = top / Math.max(1, targetTicks);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normal = raw / magnitude;
  let step = (normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 5 ? 5 : 10) * magnitude;
  if (integer) step = Math.max(1, Math.round(step));
  const count = Math.ceil(top / step - 1e-9);
  const max = count * step;
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { max: Number(max.toPrecision(12)), step, ticks };
}
