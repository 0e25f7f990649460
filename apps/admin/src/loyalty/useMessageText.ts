import { useLocale, useTranslate } from 'react-admin';
import { formatAmount } from './amounts';
import type { Message } from './serverMessages';
import { useCurrencies } from './useCurrencies';

/** A message in the user's language: numbers in its digits, a currency key as the currency's name. */
export function useMessageText() {
  const translate = useTranslate();
  const locale = useLocale();
  const { byKey, name } = useCurrencies();
  return (message: Message): string => {
    const params: Record<string, string> = {};
    const currency = message.params?.currency;
    const decimals = typeof currency === 'string' ? (byKey.get(currency)?.decimals ?? 0) : 0;
    for (const [key, value] of Object.entries(message.params ?? {})) {
      if (key === 'currency') params[key] = name(String(value));
      else if (typeof value === 'number') params[key] = formatAmount(value, decimals, locale);
      else params[key] = value;
    }
    return translate(message.key, { _: message.key, ...params });
  };
}
