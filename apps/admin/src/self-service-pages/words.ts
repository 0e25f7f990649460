import { CalendarSystem } from '../gql/graphql';
import { numberFormat } from '../i18n/intlFormats';
import { isUiLocale, localeTag, type UiLocale } from '../i18n/locales';
import { formatDate } from '../preferences/dates';
import { type ProblemMessage, problemText } from '../problems/problemText';
import { problemTextsIn } from './problemTexts';
import { en, type TextKey, type Texts } from './texts';
import { fa } from './texts.fa';
import { ru } from './texts.ru';

const TEXTS: Record<UiLocale, Texts> = { en, ru, fa };
const PROBLEM_KEY = /^patron\.problems\.(\w+)$/;

/** `%{name}` replaced by its value; unknown names stay as written. */
export const interpolate = (text: string, params: Record<string, unknown> = {}): string =>
  text.replace(/%\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** What the customer's pages say, in one language: their texts, refusals by code, numbers and dates. */
export interface Words {
  locale: UiLocale;
  t(key: TextKey, params?: Record<string, unknown>): string;
  /**
   * A refusal by its code (never the server's wording); a lost connection as such. The language's
   * refusal texts must be in (api.ts `call` waits for them); without them it reads as offline.
   */
  problem(problem: ProblemMessage): string;
  amount(value: number, decimals: number): string;
  /** In the language's calendar: Jalali for Persian, Gregorian otherwise. */
  date(iso: string): string;
}

export function wordsFor(locale: UiLocale): Words {
  const texts = TEXTS[locale];
  const translate = (key: string, options: Record<string, unknown> = {}) => {
    const code = PROBLEM_KEY.exec(key)?.[1];
    const text = code ? problemTextsIn(locale)?.[code] : undefined;
    return interpolate(text ?? String(options._ ?? key), options);
  };
  const calendar = locale === 'fa' ? CalendarSystem.JALALI : CalendarSystem.GREGORIAN;
  return {
    locale,
    t: (key, params) => interpolate(texts[key], params),
    problem: (problem) =>
      problem.code && problemTextsIn(locale) ? problemText(problem, { translate, locale }) : texts.offline,
    amount: (value, decimals) =>
      numberFormat(localeTag(locale), {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      }).format(value),
    date: (iso) => formatDate(iso, locale, calendar, true, 'short'),
  };
}

const LOCALE_KEY = 'patron.selfService.locale';
const WORKSPACE_KEY = 'patron.selfService.workspace';

/** The language chosen here before, else the browser's first of en, ru and fa, else English. */
export function initialLocale(chosen: string | null, browser: readonly string[]): UiLocale {
  if (isUiLocale(chosen)) return chosen;
  for (const tag of browser) {
    const language = tag.toLowerCase().split('-')[0];
    if (isUiLocale(language)) return language;
  }
  return 'en';
}

/** Where to sign in: the address's `?workspace=` first, else the one remembered from an earlier visit. */
export function workspaceToUse(fromAddress: string | null, remembered: string | null): string | null {
  const id = fromAddress?.trim() || remembered?.trim();
  return id || null;
}

/** localStorage, which a browser may refuse (private mode, disabled storage): then nothing is kept. */
export const memory = {
  get(key: 'locale' | 'workspace'): string | null {
    try {
      return localStorage.getItem(key === 'locale' ? LOCALE_KEY : WORKSPACE_KEY);
    } catch {
      return null;
    }
  },
  set(key: 'locale' | 'workspace', value: string): void {
    try {
      localStorage.setItem(key === 'locale' ? LOCALE_KEY : WORKSPACE_KEY, value);
    } catch {
      // Only convenience is lost: the customer chooses again next time.
    }
  },
};
