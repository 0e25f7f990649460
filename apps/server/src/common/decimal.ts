/**
 * A number written in decimal notation, the one way people write amounts: an optional sign, digits
 * (Latin 0-9, Persian ۰-۹ or Arabic-Indic ٠-٩) and at most one decimal point ("." or the Arabic
 * decimal separator "٫"). Everything `Number()` would also take is refused: hexadecimal (0x10),
 * binary and octal, exponents (1e3), Infinity, NaN, blank text and surrounding spaces, so an
 * amount is never a different number than the one written.
 */
const DECIMAL = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)$/;

/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits as Latin ones, the Arabic decimal separator as ".". */
export function latinDecimal(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669\u066b]/g, (c) => {
    if (c === '\u066b') return '.';
    const code = c.charCodeAt(0);
    return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}

export interface DecimalOptions {
  /** Whether a leading "-" is allowed (a "+" always is). */
  negative?: boolean;
}

/** The value of text in decimal notation, or null if it is not one (see DECIMAL). */
export function parseDecimal(text: string, options: DecimalOptions = {}): number | null {
  const match = DECIMAL.exec(latinDecimal(text));
  if (!match) return null;
  if (match[1] === '-' && options.negative === false) return null;
  const value = Number(`${match[1]}${match[2]}`);
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value;
}
