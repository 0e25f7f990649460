/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits as 0-9, as people type them in Iranian forms. */
export function latinDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * The digits of a number as written on documents (spaces, hyphens, dashes between groups), or null
 * when anything else is in it.
 */
export function digitsOf(text: string): string | null {
  const digits = latinDigits(text).replace(/[\s\-\u2010-\u2015\u2212]/g, '');
  return /^\d+$/.test(digits) ? digits : null;
}

/** Σ digit × weight over the first weights.length digits. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * (weights[i] as number);
  return sum;
}

const MAX_SHOWN = 40;

/** What was sent, quoted, for the English message (`got`). */
export function shown(text: string): string {
  return JSON.stringify(text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);
}
