import type { UiLocale } from '../i18n/locales';

/** The refusals' texts of one language, by code (`%{name}` placeholders). */
export type ProblemTexts = Readonly<Record<string, string>>;

// Each language's refusals are a chunk of their own, fetched after the first screen is drawn: the
// three together weigh as much as the sign-in page's own code, and a customer reads one language.
const IMPORTS: Record<UiLocale, () => Promise<ProblemTexts>> = {
  en: () => import('../i18n/problems/en').then((m) => m.en),
  ru: () => import('@patron/problems/texts/ru').then((m) => m.ru),
  fa: () => import('@patron/problems/texts/fa').then((m) => m.fa),
};

const loaded: Partial<Record<UiLocale, ProblemTexts>> = {};
const loading: Partial<Record<UiLocale, Promise<ProblemTexts>>> = {};
let language: UiLocale = 'en';

/** A language's refusal texts, fetched once; a failed fetch (offline) is tried again next time. */
export function loadProblemTexts(locale: UiLocale): Promise<ProblemTexts> {
  const texts = loaded[locale];
  if (texts) return Promise.resolve(texts);
  loading[locale] ??= IMPORTS[locale]().then(
    (fetched) => {
      loaded[locale] = fetched;
      return fetched;
    },
    (error: unknown) => {
      delete loading[locale];
      throw error;
    },
  );
  return loading[locale];
}

/** The language's refusal texts if they are in. */
export const problemTextsIn = (locale: UiLocale): ProblemTexts | undefined => loaded[locale];

/** Refusals are shown in this language from now on: its texts start coming. */
export function refuseIn(locale: UiLocale): Promise<ProblemTexts> {
  language = locale;
  return loadProblemTexts(locale);
}

/** Resolves once the texts of the language refusals are shown in are in; rejects offline. */
export const refusalTextsReady = (): Promise<ProblemTexts> => loadProblemTexts(language);
