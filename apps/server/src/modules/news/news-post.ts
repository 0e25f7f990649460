import type { LocalizedText } from '@patron/sdk';
import { visibleText } from '../../common/text.js';
import { type FieldProblem, fieldProblem } from '../../graphql/errors.js';

export const LANGUAGES = ['en', 'ru', 'fa'] as const;
export type Language = (typeof LANGUAGES)[number];
export const TITLE_MAX = 200;
export const BODY_MAX = 10_000;

/** DRAFT: never published; SCHEDULED: publishAt ahead; LIVE: shown now; EXPIRED: past expiresAt. */
export const NEWS_STATUSES = ['DRAFT', 'SCHEDULED', 'LIVE', 'EXPIRED'] as const;
export type NewsStatus = (typeof NEWS_STATUSES)[number];

export interface NewsInput {
  title: LocalizedText;
  body: LocalizedText;
  segmentId?: string | null;
  /** When it appears; left out: now (or, on an update, when it already appeared). */
  publishAt?: Date | null;
  expiresAt?: Date | null;
  pinned?: boolean | null;
  /** Kept unpublished: publishAt is cleared. */
  draft?: boolean | null;
}

/** The texts as stored: only the languages written, trimmed. */
export interface CheckedTexts {
  title: Partial<Record<Language, string>>;
  body: Partial<Record<Language, string>>;
}

/**
 * A language is written when its title or body is; then both are needed. At least one language is
 * (NEWS_LANGUAGE_REQUIRED under `title`), each within its length.
 */
export function checkedTexts(
  input: Pick<NewsInput, 'title' | 'body'>,
  problems: FieldProblem[],
): CheckedTexts {
  const out: CheckedTexts = { title: {}, body: {} };
  for (const language of LANGUAGES) {
    const title = visibleText(input.title?.[language]);
    const body = visibleText(input.body?.[language]);
    if (!title && !body) continue;
    if (!title) problems.push(fieldProblem(['input', 'title', language], 'REQUIRED'));
    if (!body) problems.push(fieldProblem(['input', 'body', language], 'REQUIRED'));
    if (title.length > TITLE_MAX)
      problems.push(fieldProblem(['input', 'title', language], 'TOO_LONG', { max: TITLE_MAX }));
    if (body.length > BODY_MAX)
      problems.push(fieldProblem(['input', 'body', language], 'TOO_LONG', { max: BODY_MAX }));
    if (title) out.title[language] = title;
    if (body) out.body[language] = body;
  }
  if (Object.keys(out.title).length === 0 && Object.keys(out.body).length === 0)
    problems.push(fieldProblem(['input', 'title'], 'NEWS_LANGUAGE_REQUIRED'));
  return out;
}

/** When the post appears: a draft never; else as given, else as before, else now. */
export function publishAtOf(input: NewsInput, before: Date | null, now: Date): Date | null {
  if (input.draft) return null;
  return input.publishAt ?? before ?? now;
}

/** An expiry must come after the publication (a draft's is checked once it is published). */
export function windowProblems(publishAt: Date | null, expiresAt: Date | null): FieldProblem[] {
  if (!expiresAt || !publishAt || expiresAt > publishAt) return [];
  return [fieldProblem(['input', 'expiresAt'], 'NEWS_EXPIRES_BEFORE_PUBLISH')];
}

export function statusOf(post: { publishAt: Date | null; expiresAt: Date | null }, now: Date): NewsStatus {
  if (!post.publishAt) return 'DRAFT';
  if (post.publishAt > now) return 'SCHEDULED';
  if (post.expiresAt && post.expiresAt <= now) return 'EXPIRED';
  return 'LIVE';
}

/** The status as SQL over `p`, for filtering the list. */
export const STATUS_SQL = `case when p.publish_at is null then 'DRAFT' when p.publish_at > now() then 'SCHEDULED'
  when p.expires_at <= now() then 'EXPIRED' else 'LIVE' end`;

/** The text in `wanted`, else in English, Russian or Persian, whichever is written first. */
export function inLanguage(
  texts: CheckedTexts,
  wanted: Language,
): { language: Language; title: string; body: string } {
  const order = [wanted, ...LANGUAGES.filter((l) => l !== wanted)];
  const language = order.find((l) => texts.title[l] && texts.body[l]) ?? wanted;
  return { language, title: texts.title[language] ?? '', body: texts.body[language] ?? '' };
}

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
