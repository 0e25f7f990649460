/**
 * A note's body as the server stores it (plain text, mentions written `@[Name](staff id)`) cut into
 * what the card shows: text, mentions and web links. Nothing in a body is ever read as HTML.
 */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; name: string; staffId: string }
  | { kind: 'link'; href: string };

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/** The server's own mention pattern (apps/server/src/modules/notes/note-body.ts). */
const MENTION = new RegExp(`@\\[([^\\]\\n]*)\\]\\((${UUID})\\)`, 'g');
/** Only http and https links become links; javascript:, data: and the rest stay text. */
const LINK = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Punctuation that ends a sentence rather than the address ("see https://x.org.") */
const TRAILING = /[.,;:!?)\]}'"»]+$/;

function withLinks(text: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(LINK)) {
    const href = m[0].replace(TRAILING, '');
    const start = m.index ?? 0;
    if (start > at) out.push({ kind: 'text', text: text.slice(at, start) });
    out.push({ kind: 'link', href });
    at = start + href.length;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}

export function noteSegments(body: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of body.matchAll(MENTION)) {
    const start = m.index ?? 0;
    out.push(...withLinks(body.slice(at, start)));
    out.push({ kind: 'mention', name: m[1] as string, staffId: (m[2] as string).toLowerCase() });
    at = start + m[0].length;
  }
  out.push(...withLinks(body.slice(at)));
  return out;
}

export interface PickedMention {
  staffId: string;
  name: string;
}

/** A stored body as the editor shows it: `@Name` in the text, the people kept beside it. */
export function toEditable(body: string): { text: string; mentions: PickedMention[] } {
  const mentions = new Map<string, PickedMention>();
  const text = noteSegments(body)
    .map((s) => {
      if (s.kind === 'mention') {
        mentions.set(s.staffId, { staffId: s.staffId, name: s.name });
        return `@${s.name}`;
      }
      return s.kind === 'link' ? s.href : s.text;
    })
    .join('');
  return { text, mentions: [...mentions.values()] };
}

/**
 * The editor's text as the server stores it: each `@Name` of a person picked from the list becomes
 * their mention (longest names first, so "@Ann Lee" is not taken for "@Ann"). An `@Name` the writer
 * typed without picking stays plain text.
 */
export function toStored(text: string, mentions: PickedMention[]): string {
  const byLength = [...mentions].sort((a, b) => b.name.length - a.name.length);
  if (byLength.length === 0) return text;
  const escaped = byLength.map((m) => m.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`@(${escaped.join('|')})`, 'g');
  return text.replace(pattern, (_whole, name: string) => {
    const m = byLength.find((p) => p.name === name) as PickedMention;
    return `@[${m.name}](${m.staffId})`;
  });
}

/** The `@query` being typed just before the caret, if any: what the mention picker searches for. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const m = /(^|\s)@([^\s@[\]()]{0,30})$/u.exec(text.slice(0, caret));
  if (!m) return null;
  return { start: caret - (m[2] as string).length - 1, query: m[2] as string };
}
