import { fold } from '@patron/filter';
import type { AttributeTypeName } from '@patron/sdk';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { toLatinDigits } from '../attributes/values/digits.js';

/** Attribute types that filter and search as text. */
export const TEXT_TYPES: ReadonlySet<AttributeTypeName> = new Set([
  'TEXT',
  'LONG_TEXT',
  'PHONE',
  'EMAIL',
  'URL',
  'ADDRESS',
]);

export interface SearchDefinition {
  key: string;
  type: AttributeTypeName;
}

export interface SearchColumns {
  /** Folded text of every text attribute, keyed like `attributes`; filters compare against it. */
  folded: Record<string, string>;
  /** Every folded text value and every phone's digits, one per line; the quick search's haystack. */
  searchText: string;
}

const LONG_TEXT_IN_SEARCH = 200;

/**
 * The marks inside a token that the quick search's trigram index reads as letters, and the rare
 * letters (Latin clicks) it reads them as: `translate(search_text, SEARCH_MARKS, SEARCH_MARK_LETTERS)`,
 * the index's expression (Migration20261206000000_search_marks). A trigram of `mohammad.re` is then
 * `d.r`, which only such emails share, not the word end `ad ` of every Mohammad and Ahmad. The
 * haystack and the chips carry those letters as spaces, so the translation keeps every match exact.
 */
const SEARCH_MARKS = '.@-_';
const SEARCH_MARK_LETTERS = 'ǀǁǂǃ';
// `-` and the like are escaped inside the character class.
const MARK = new RegExp(`[${SEARCH_MARKS.replace(/[\\\]^-]/g, '\\$&')}]`, 'g');
const MARK_LETTER = new RegExp(`[${SEARCH_MARK_LETTERS}]`, 'g');

/** The quick search's condition on customer `alias` for one LIKE pattern (a `?` parameter). */
export function searchCondition(alias: string): string {
  return `translate(${alias}.search_text, '${SEARCH_MARKS}', '${SEARCH_MARK_LETTERS}') like ?`;
}

/** A needle as the index's expression reads it (the marks as their letters). */
export function searchIndexText(needle: string): string {
  return needle.replace(MARK, (mark) => SEARCH_MARK_LETTERS[SEARCH_MARKS.indexOf(mark)] as string);
}

function textOf(type: AttributeTypeName, value: unknown): string | null {
  if (type === 'ADDRESS')
    return typeof value === 'object' && value ? String((value as { text?: unknown }).text ?? '') : null;
  return typeof value === 'string' ? value : null;
}

/** The ways people type a phone: international digits and national digits (0912…, 8916…). */
export function phoneDigitForms(e164: string): string[] {
  const international = e164.replace(/\D/g, '');
  const parsed = parsePhoneNumberFromString(e164);
  const national = parsed ? parsed.formatNational().replace(/\D/g, '') : '';
  return national && national !== international ? [international, national] : [international];
}

/**
 * The derived columns stored beside `attributes` on every write, computed by the same `fold` the
 * in-memory filter uses, so SQL and memory agree on every script without collation tricks.
 */
export function searchColumns(
  attributes: Record<string, unknown>,
  definitions: readonly SearchDefinition[],
): SearchColumns {
  const folded: Record<string, string> = {};
  const lines: string[] = [];
  for (const def of definitions) {
    if (!TEXT_TYPES.has(def.type)) continue;
    const text = textOf(def.type, attributes[def.key]);
    if (!text) continue;
    const f = fold(text);
    folded[def.key] = f;
    const line = f.replace(MARK_LETTER, ' ');
    lines.push(def.type === 'LONG_TEXT' ? line.slice(0, LONG_TEXT_IN_SEARCH) : line.replace(/\n/g, ' '));
    if (def.type === 'PHONE') lines.push(...phoneDigitForms(text));
  }
  return { folded, searchText: lines.join('\n') };
}

/**
 * A quick-search chip as the SQL side matches it: a phone-like chip (digits with spaces, +, -, brackets)
 * becomes its Latin digits so "0912 345", "+7 912" and Persian digits all find the number; any other
 * chip is folded text. Null for a chip with nothing to search.
 */
export function chipNeedle(chip: string): string | null {
  const latin = toLatinDigits(chip.trim());
  if (!latin) return null;
  if (/^[\d\s+\-().]+$/.test(latin) && /\d/.test(latin)) return latin.replace(/\D/g, '');
  return fold(latin.replace(MARK_LETTER, ' ').replace(/\s+/g, ' '));
}

/** The customer number a chip names ("42", "#42", "№42", Persian digits; not "0042"), or null. */
export function chipCustomerNumber(chip: string): number | null {
  const text = toLatinDigits(chip.trim());
  // With # or № it is a number; bare digits with a leading zero are a phone fragment (09123…, 00003).
  const match = /^[#№]\s*(\d{1,9})$/.exec(text) ?? /^([1-9]\d{0,8})$/.exec(text);
  return match ? Number(match[1]) : null;
}
