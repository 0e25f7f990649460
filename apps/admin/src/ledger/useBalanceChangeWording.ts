import { useLocale, useTranslate } from 'react-admin';
import { formatAmount } from '../common/amounts';
import { useCurrencies } from '../currencies/useCurrencies';

const BALANCE = 'balance.';

/** The history change of a BALANCE_CHANGED event that names the operation (it has no "before"). */
export const OPERATION_CHANGE = 'operation';

/**
 * How a balance change reads in the history timeline: "Balance: Coins 0 → 100" and
 * "Operation: Adjustment — Welcome gift". Undefined for changes that are not about balances.
 */
export function useBalanceChangeWording() {
  const translate = useTranslate();
  const locale = useLocale();
  const { byKey, name } = useCurrencies();
  const label = (key: string): string | undefined => {
    if (key === OPERATION_CHANGE) return translate('patron.loyalty.operation');
    if (key.startsWith(BALANCE))
      return translate('patron.loyalty.balanceOf', { currency: name(key.slice(BALANCE.length)) });
    return undefined;
  };
  const value = (key: string, v: unknown): string | undefined => {
    if (key === OPERATION_CHANGE) {
      const op = (v ?? {}) as { kind?: string; reason?: string };
      const kind = op.kind ? translate(`patron.loyalty.kinds.${op.kind}`, { _: op.kind }) : '';
      return op.reason ? `${kind} — ${op.reason}` : kind;
    }
    if (key.startsWith(BALANCE) && typeof v === 'number') {
      return formatAmount(v, byKey.get(key.slice(BALANCE.length))?.decimals ?? 0, locale);
    }
    return undefined;
  };
  return { label, value };
}
