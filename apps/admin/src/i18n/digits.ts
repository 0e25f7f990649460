/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits as Latin ones; anything else is left as it is. */
export function latinDigits(text: string): string {
  return text
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/** Latin and Arabic-Indic digits as Persian ones (۰–۹); anything else is left as it is. */
export function persianDigits(text: string): string {
  return latinDigits(text).replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
}

/**
 * A number written in Latin digits, in the language's own: Persian digits and decimal point (٫) in fa,
 * a decimal comma in ru, unchanged in en.
 */
export function localDigits(text: string, locale: string): string {
  if (locale === 'fa') return persianDigits(text).replace(/\./g, '\u066b');
  if (locale === 'ru') return text.replace(/\./g, ',');
  return text;
}

/**
 * A number as a person typed it, or null for nothing: Latin, Persian or Arabic-Indic digits, the
 * Persian decimal point (٫) and "." anywhere, "," as the decimal point in Russian and as a thousands
 * separator elsewhere. What is not a number comes back as the text itself, for a validator to refuse.
 */
export function parseTypedNumber(text: string, locale: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  let s = latinDigits(trimmed)
    .replace(/[\s\u00a0\u202f\u066c']/g, '')
    .replace(/\u066b/g, '.')
    .replace(/[\u2212\u2013]/g, '-');
  s = locale === 'ru' ? s.replace(/,/g, '.') : s.replace(/,/g, '');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return text;
  return Number(s);
}
