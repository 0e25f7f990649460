/**
 * Stock is counted in thousandths (weighed goods: 1.250 kg) and kept as whole numbers here, so sums of
 * movements are exact; PostgreSQL keeps them as numeric(14, 3).
 */
export const QUANTITY_DECIMALS = 3;
export const QUANTITY_MAX = 1e9;

/** The quantity in thousandths, or null when it has more than three decimals or is not a finite number. */
export function thousandths(value: number): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const scaled = Math.round(value * 1000);
  // A fourth decimal is at least 0.1 thousandth away; float error up to 1e12 thousandths stays under 1e-3.
  if (Math.abs(value * 1000 - scaled) > 1e-3) return null;
  return scaled;
}

/** A numeric(…, 3) as PostgreSQL returns it ("12.500"), in thousandths. */
export const thousandthsOf = (numeric: string | number): number => Math.round(Number(numeric) * 1000);

/** Thousandths as the quantity the API shows. */
export const quantityOf = (t: number): number => t / 1000;

/** Thousandths as a numeric literal, exact (no float in between). */
export function numericText(t: number): string {
  const sign = t < 0 ? '-' : '';
  const abs = Math.abs(t);
  return `${sign}${Math.floor(abs / 1000)}.${String(abs % 1000).padStart(3, '0')}`;
}
