/**
 * Characters PostgreSQL cannot store: NUL (text and jsonb refuse it) and a lone UTF-16 surrogate
 * (the driver would silently write U+FFFD in its place, so what is read back is not what was sent).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the character looked for.
const UNSTORABLE = /\u0000|\p{Cs}/u;

/** Whether text holds a character PostgreSQL cannot store as given. */
export function hasUnstorableCharacters(text: string): boolean {
  return UNSTORABLE.test(text);
}

/** Where the first character PostgreSQL cannot store is, or -1. */
export function unstorableIndex(text: string): number {
  return text.search(UNSTORABLE);
}

/**
 * Characters that show nothing: zero-width spaces and joiners, direction marks, embeddings,
 * overrides and isolates, word joiners and invisible operators, the byte order mark, the soft
 * hyphen. A name made only of these (and spaces) is empty.
 */
const INVISIBLE = /[\s\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

/**
 * Whether text shows nothing at all. ZWNJ (U+200C) is needed inside Persian words (می‌خواهم) and
 * stays there; a name made only of it is still blank.
 */
export function isBlank(text: string | null | undefined): boolean {
  return !text || text.replace(INVISIBLE, '') === '';
}

/** Trimmed text, or '' when it shows nothing (spaces, invisible and direction characters only). */
export function visibleText(text: string | null | undefined): string {
  return isBlank(text) ? '' : (text as string).trim();
}
