import type { LocalizedText } from '@patron/sdk';
import { type FieldProblem, fieldProblem } from '../graphql/errors.js';
import { visibleText } from './text.js';

const LANGUAGES = ['en', 'ru', 'fa'] as const;

/** A name in up to three languages, trimmed; a language that shows nothing is null. */
export function cleanName(name: LocalizedText): LocalizedText {
  return {
    en: visibleText(name.en) || null,
    ru: visibleText(name.ru) || null,
    fa: visibleText(name.fa) || null,
  };
}

/** A name given in at least one language, each at most `max` characters, under `path`. */
export function nameProblems(name: LocalizedText, path: (string | number)[], max = 40): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!name.en && !name.ru && !name.fa) problems.push(fieldProblem(path, 'NAME_IN_ONE_LANGUAGE'));
  for (const lang of LANGUAGES) {
    if ((name[lang]?.length ?? 0) > max) problems.push(fieldProblem([...path, lang], 'TOO_LONG', { max }));
  }
  return problems;
}
