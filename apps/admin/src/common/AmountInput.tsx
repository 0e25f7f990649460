import { useCallback } from 'react';
import { TextInput, type TextInputProps, useLocale } from 'react-admin';
import { localDigits } from '../i18n/digits';

/**
 * An amount typed as text, for exact decimals (read by `parseAmount`, checked by `amountProblem`):
 * the field keeps what was typed and shows it in the language's digits and decimal point (۱۲٫۵ in fa,
 * 12,5 in ru), written in the page's direction like every other number field.
 */
export function AmountInput({ slotProps, ...props }: TextInputProps) {
  const locale = useLocale();
  const format = useCallback(
    (value: unknown) => (value == null ? '' : localDigits(String(value), locale)),
    [locale],
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
