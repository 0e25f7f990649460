import { PROBLEMS, type ProblemCode } from '@patron/problems';
import type { ProblemWords } from '@patron/problems/texts/words';

/** The package's `{name}` placeholders as polyglot's `%{name}`. */
export const toPolyglot = (message: string): string => message.replace(/\{(\w+)\}/g, '%{$1}');

/** English is the API's own wording, taken from the catalogue of refusals (never copied here). */
export const en = Object.fromEntries(
  Object.entries(PROBLEMS).map(([code, spec]) => [code, toPolyglot(spec.message)]),
) as Record<ProblemCode, string>;

export const enWords: ProblemWords = {
  kind: {
    text: 'text',
    number: 'number',
    date: 'date',
    datetime: 'date and time',
    boolean: 'yes/no',
    choice: 'choice',
    multi: 'multiple choice',
  },
  identifier: { mobile: 'mobile', email: 'email', cardNumber: 'card number', externalId: 'external ID' },
  megabytes: '%{size} MB',
};
