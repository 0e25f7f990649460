import { useCallback, useMemo } from 'react';
import { useLocale, type Validator } from 'react-admin';
import { AmountInput } from '../common/AmountInput';
import { formatAmount, tooManyDecimals } from '../common/amounts';
import { parseTypedNumber } from '../i18n/digits';

/** A threshold as saved (a number) or as typed (text in the language's digits): a number, null if empty. */
export function readThreshold(value: unknown, locale: string): number | string | null {
  if (value == null || typeof value === 'number') return value ?? null;
  return parseTypedNumber(String(value), locale);
}

/** No number, below zero, or more decimals than the amount has (2 for money, the currency's for XP). */
export function thresholdValidator(decimals: number, locale: string): Validator {
  return (value: unknown) => {
    const n = readThreshold(value, locale);
    if (n === null) return undefined;
    if (typeof n === 'string') return 'ra.validation.number';
    if (n < 0) return { message: 'ra.validation.minValue', args: { min: formatAmount(0, 0, locale) } };
    const places = (String(n).split('.')[1] ?? '').length;
    return tooManyDecimals(places, decimals, locale) ?? undefined;
  };
}

/** For Create and Edit: thresholds typed as text (in the language's digits) are sent as numbers. */
export function useThresholdsAsNumbers() {
  const locale = useLocale();
  return useCallback(
    (data: Record<string, unknown>) => ({
      ...data,
      minPurchaseTotal: readThreshold(data.minPurchaseTotal, locale),
      minXp: readThreshold(data.minXp, locale),
    }),
    [locale],
  );
}

interface Props {
  source: 'minPurchaseTotal' | 'minXp';
  label: string;
  decimals: number;
}

/** An entry threshold shown as the tier list shows it (500,00 in ru, ۵۰۰٫۰۰ in fa) and edited as text. */
export function ThresholdInput({ source, label, decimals }: Props) {
  const locale = useLocale();
  const validate = useMemo(() => thresholdValidator(decimals, locale), [decimals, locale]);
  return (
    <AmountInput
      source={source}
      label={label}
      decimals={decimals}
      validate={validate}
      helperText="patron.tiers.emptyNotRequired"
    />
  );
}
