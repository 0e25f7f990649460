import { useCallback, useMemo } from 'react';
import { type NumberInputProps, NumberInput as RaNumberInput, useLocale, type Validator } from 'react-admin';
import { localDigits, parseTypedNumber } from '../i18n/digits';

/** Text a person typed that is no number stays in the field as text: refused here, before the server. */
const typedNumber: Validator = (value) => (typeof value === 'string' ? 'ra.validation.number' : undefined);

/**
 * react-admin's NumberInput, in every language's digits: Persian (۰–۹) and Arabic-Indic (٠–٩) digits
 * are read as well as Latin ones, and in Persian the value is shown in Persian digits. The field
 * stores a number (or null when empty), as react-admin's own does.
 *
 * A browser's number input takes Latin digits only, so this one is a text input that asks phones for
 * their digit keyboard.
 */
export function NumberInput({ validate, step, slotProps, ...props }: NumberInputProps) {
  const locale = useLocale();
  const format = useCallback(
    (value: unknown) =>
      value == null || (typeof value === 'number' && Number.isNaN(value))
        ? ''
        : localDigits(String(value), locale),
    [locale],
  );
  const parse = useCallback(
    (value: unknown) => (typeof value === 'number' ? value : parseTypedNumber(String(value ?? ''), locale)),
    [locale],
  );
  const validators = useMemo(
    () => [typedNumber, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])],
    [validate],
  );
  const whole = step !== undefined && Number.isInteger(Number(step));
  return (
    <RaNumberInput
      {...props}
      type="text"
      format={format}
      parse={parse}
      validate={validators}
      slotProps={{
        ...slotProps,
        htmlInput: { inputMode: whole ? 'numeric' : 'decimal', ...slotProps?.htmlInput },
      }}
    />
  );
}
