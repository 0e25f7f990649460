import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';

/** About this many steps between zero and the largest value. */
const STEPS = 4;

/** A round step near `raw`: 1, 2 or 5 times a power of ten. */
function roundStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= raw * (1 - 1e-9)) ?? 10 * power;
}

/** Digits after the point a step needs (0.5 → 1, 0.25 is never a step). */
const digitsOf = (step: number) => Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));

/**
 * A value axis with round ticks from zero (or the lowest value) past the highest, all written
 * alike: short (15K, 15 тыс.) only when every tick but zero is a whole thousand or more, so no
 * tick reads rounded ("1.1K" for 1 050) and the axis never mixes 700 with 1.4K.
 */
export function valueAxis(values: readonly number[], locale: string, integers = false) {
  const finite = values.filter(Number.isFinite);
  const low = Math.min(0, ...finite);
  const high = Math.max(0, ...finite);
  const top = high > low ? high : low + 1;
  const step = Math.max(roundStep((top - low) / STEPS), integers ? 1 : 0);
  const ticks: number[] = [];
  for (let k = Math.floor(low / step + 1e-9); k <= Math.ceil(top / step - 1e-9); k++)
    ticks.push(Number((k * step).toPrecision(12)));
  const compact = step >= 1000;
  const format = numberFormat(localeTag(locale), {
    maximumFractionDigits: compact ? 2 : digitsOf(step),
    ...(compact ? { notation: 'compact' as const } : {}),
  });
  return {
    ticks,
    domain: [ticks[0], ticks.at(-1)] as [number, number],
    tickFormatter: (value: number) => format.format(value),
  };
}
