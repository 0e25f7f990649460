import { useCallback } from 'react';
import { TextInput, type TextInputProps, useLocale } from 'react-admin';
import { localDigits } from '../i18n/digits';
import { formatAmount } from './amounts';

/**
 * An amount typed as text, for exact decimals (read by `parseAmount`, checked by `amountProblem`):
 * the field keeps what was typed and shows it in the language's digits and decimal point (۱۲٫۵ in fa,
 * 12,5 in ru), written in the page's direction like every other number field.
 * With `decimals`, a saved amount (a number, not yet edited) shows as lists show it: 1 000,00.
 */
export function AmountInput({ slotProps, decimals, ...props }: TextInputProps & { decimals?: number }) {
  const locale = useLocale();
  const format = useCallback(
    (value: unknown) => {
      if (value == null) return '';
      if (typeof value === 'number' && decimals !== undefined) return formatAmount(value, decimals, locale);
      return localDigits(String(value), locale);
    },
    [locale, decimals],
  );
  return (
    <TextInput
      {...props}
      format={format}
      slotProps={{
        ...slotProps,
        htmlInput: { inputMode: 'decimal', ...(slotProps?.htmlInput as object) },
      }}
    />
  );
}
