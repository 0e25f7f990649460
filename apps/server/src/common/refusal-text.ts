import { englishMessage, isProblemCode } from '@patron/problems';
import { fa } from '@patron/problems/texts/fa';
import { ru } from '@patron/problems/texts/ru';

/**
 * Refusals in a requester's language, for the files the server writes (the import report, the stored
 * values report): the SPA's own Russian and Persian texts of every code (packages/problems/src/texts),
 * English from the catalogue.
 */
const TEXTS: Record<string, Record<string, string>> = { ru, fa };

export function refusalText(code: string, params: Record<string, string | number>, locale: string): string {
  const text = TEXTS[locale]?.[code];
  if (text) return text.replace(/%\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
  return isProblemCode(code) ? englishMessage(code, params) : code;
}
