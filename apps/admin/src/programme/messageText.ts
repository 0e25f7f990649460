import { useLocale, useTranslate } from 'react-admin';
import type { Message } from '../loyalty/serverMessages';
import { useCurrencies } from '../loyalty/useCurrencies';
import { formatNumber } from './rules';

/** A message in the language: numbers in its digits with their decimals, a currency key as its name. */
export function messageText(
  message: Message,
  locale: string,
  translate: (key: string, options?: Record<string, unknown>) => string,
  currencyName: (key: string) => string = (key) => key,
): string {
  const params = Object.fromEntries(
    Object.entries(message.params ?? {}).map(([k, v]) => [
      k,
      k === 'currency' ? currencyName(String(v)) : typeof v === 'number' ? formatNumber(v, locale) : v,
    ]),
  );
  return translate(message.key, { _: message.key, ...params });
}

/** messageText bound to the user's language and the workspace's currencies. */
export function useRuleMessageText() {
  const translate = useTranslate();
  const locale = useLocale();
  const { name } = useCurrencies();
  return (message: Message) => messageText(message, locale, translate, name);
}
