import { englishMessage, type ParamValue, type ProblemCode } from '@patron/problems';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { ApiError } from '../data-provider/errors';
import { CATALOGS } from '../i18n/catalogs';
import type { UiLocale } from '../i18n/locales';
import type { Translate } from './problemText';

/** For tests: the admin's real catalogues in a language, as react-admin translates with them. */
export function translatorFor(locale: UiLocale): Translate {
  const provider = polyglotI18nProvider(() => CATALOGS[locale], locale);
  return (key, options) => provider.translate(key, options);
}

type Params = Record<string, ParamValue>;
type Path = (string | number)[];

/** For tests: a refusal of bad input as the API sends it, naming every offending field. */
export function badInput(...fields: [Path, ProblemCode, Params?][]): ApiError {
  const listed = fields.map(([path, code, params = {}]) => ({
    path,
    message: englishMessage(code, params),
    problem: { code, params },
  }));
  const [first] = listed;
  return {
    message: `Invalid input — ${listed.map((f) => `${f.path.at(-1)}: ${f.message}`).join('; ')}`,
    extensions: {
      code: 'BAD_USER_INPUT',
      problem: first?.problem,
      path: first?.path ?? [],
      fields: listed,
    },
  };
}

/** For tests: any other refusal (not found, conflict, forbidden…) as the API sends it. */
export function refusal(category: string, code: string, params: Params = {}, message = code): ApiError {
  return { message, extensions: { code: category, problem: { code, params } } };
}
