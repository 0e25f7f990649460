import { isBlank } from '../../common/text.js';
import { badField, type Path } from '../../graphql/errors.js';

/** How long a note may be, in characters (code points) of the body as stored, mentions included. */
export const NOTE_MAX_CHARACTERS = 10_000;
/** How many different people one note may mention: a mention is a bell, not a broadcast. */
export const NOTE_MAX_MENTIONS = 20;

/**
 * A mention as the body stores it: `@[Name](staff id)`. The name is only what readers see; the id is
 * what counts, and the server rewrites the name from the staff directory when it first stores it.
 */
const MENTION = /@\[([^\]\n]*)\]\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;

export interface Mention {
  staffId: string;
  name: string;
}

/** The mentions in a body, each staff id once, in order of first appearance. */
export function mentionsIn(body: string): Mention[] {
  const seen = new Map<string, Mention>();
  for (const m of body.matchAll(MENTION)) {
    const staffId = (m[2] as string).toLowerCase();
    if (!seen.has(staffId)) seen.set(staffId, { staffId, name: m[1] as string });
  }
  return [...seen.values()];
}

/** The body with every mention's name set to the staff member's name in the directory. */
export function withDirectoryNames(body: string, names: ReadonlyMap<string, string>): string {
  return body.replace(MENTION, (whole, _name: string, id: string) => {
    const name = names.get(id.toLowerCase());
    // Brackets would end the token early; a name keeps its words without them.
    return name === undefined ? whole : `@[${name.replace(/[[\]\n]/g, ' ').trim()}](${id.toLowerCase()})`;
  });
}

/**
 * A body fit to store: line endings as \n, no blank lines around it, not blank, within the length and
 * the mention limits. (NUL and broken characters never get here: every argument is checked first.)
 */
export function checkedBody(raw: string, path: Path): string {
  // A code point is one or two UTF-16 units: past twice the limit it is too long without counting.
  if (raw.length > 2 * NOTE_MAX_CHARACTERS)
    throw badField(path, 'NOTE_TOO_LONG', { max: NOTE_MAX_CHARACTERS });
  const body = raw
    .replace(/\r\n?/g, '\n')
    .replace(/^\s*\n/, '')
    .trimEnd();
  if (isBlank(body)) throw badField(path, 'NOTE_EMPTY');
  if ([...body].length > NOTE_MAX_CHARACTERS)
    throw badField(path, 'NOTE_TOO_LONG', { max: NOTE_MAX_CHARACTERS });
  if (mentionsIn(body).length > NOTE_MAX_MENTIONS)
    throw badField(path, 'NOTE_MENTIONS_TOO_MANY', { max: NOTE_MAX_MENTIONS });
  return body;
}
