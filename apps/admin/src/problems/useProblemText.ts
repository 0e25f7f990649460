import { useLocale, useTranslate } from 'react-admin';
import { useCurrencies } from '../currencies/useCurrencies';
import { useCalendar } from '../preferences/useCalendar';
import { type ProblemMessage, problemText } from './problemText';

/** problemText bound to the user's language and calendar and to the workspace's currencies. */
export function useProblemText(): (problem: ProblemMessage) => string {
  const translate = useTranslate();
  const locale = useLocale();
  const { byKey, name } = useCurrencies();
  const { format } = useCalendar();
  return (problem) =>
    problemText(problem, {
      translate,
      locale,
      currencyName: name,
      currencyDecimals: (key) => byKey.get(key)?.decimals,
      formatDate: (day) => format(day),
    });
}
