import { apollo } from '../apollo';
import { CurrenciesQuery } from '../currencies/documents';
import type { CalendarSystem } from '../gql/graphql';
import { allTexts, i18nProvider } from '../i18n/i18nProvider';
import { localized } from '../i18n/localized';
import { effectiveCalendar, formatDate } from '../preferences/dates';
import { CALENDAR_KEY, store } from '../preferences/store';
import { type ProblemMessage, problemText } from './problemText';

/** The currencies Apollo has already read (none before the first screen that shows balances). */
function knownCurrencies() {
  try {
    return apollo.readQuery({ query: CurrenciesQuery })?.currencies ?? [];
  } catch {
    return [];
  }
}

/**
 * problemText outside React (the data provider, sign-in): the language and calendar in force now,
 * the currencies already read.
 */
export function currentProblemText(problem: ProblemMessage): string {
  const locale = i18nProvider.getLocale();
  const byKey = new Map(knownCurrencies().map((c) => [c.key, c]));
  const calendar = effectiveCalendar(locale, store.getItem<CalendarSystem>(CALENDAR_KEY));
  return problemText(problem, {
    translate: (key, options) => i18nProvider.translate(key, options),
    locale,
    currencyName: (key) => localized(byKey.get(key)?.name, locale, key),
    currencyDecimals: (key) => byKey.get(key)?.decimals,
    formatDate: (day) => formatDate(day, locale, calendar),
  });
}

/**
 * currentProblemText once the language's refusal texts are in: the first screen does not carry the
 * English ones (every code's text is 10 KB gzip), so a refusal it meets (a wrong password, a list's
 * failed query) fetches them with the rest of the English catalogue first, as a lazy screen does.
 */
export async function loadedProblemText(problem: ProblemMessage): Promise<string> {
  await allTexts().catch(() => undefined);
  return currentProblemText(problem);
}
