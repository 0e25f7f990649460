import { useTranslate } from 'react-admin';
import { useCurrencies } from '../currencies/useCurrencies';

/** The currency tiers count as experience (the server's `xp`). */
export const XP_CURRENCY = 'xp';

/**
 * The experience currency by its own name in the screen's language ("Опыт", "امتیاز تجربه"), as
 * balances and the ledger name it; the default name until the currencies are known.
 */
export function useXpName(): string {
  const translate = useTranslate();
  const { byKey, name } = useCurrencies();
  return byKey.has(XP_CURRENCY) ? name(XP_CURRENCY) : translate('patron.tiers.xp');
}
