const MAX_SHOWN = 60;

/** A short description of a raw input for error messages: the string itself (quoted) or its kind. */
export function describe(raw: unknown): string {
  if (typeof raw === 'string') {
    const shown = raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw;
    return JSON.stringify(shown);
  }
  if (typeof raw === 'number') return Number.isFinite(raw) ? `the number ${raw}` : `${raw}`;
  if (typeof raw === 'boolean') return String(raw);
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'a list';
  if (typeof raw === 'object') return 'an object';
  return `a value of type ${typeof raw}`;
}

/** Lone surrogates and NUL cannot be stored in PostgreSQL text or jsonb. */
export { hasUnstorableCharacters } from '../../../common/text.js';
