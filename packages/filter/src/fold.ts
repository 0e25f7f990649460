/**
 * Text as filters compare it: case folded, and the letters that users type interchangeably made one:
 * Arabic ي/ى → Persian ی, Arabic ك → Persian ک, Russian ё → е. The SQL side compares against values
 * folded by this same function, so both agree on every script.
 */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/ё/g, 'е');
}
