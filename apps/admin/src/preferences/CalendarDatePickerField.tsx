import { DatePicker, DateTimePicker, LocalizationProvider } from '@mui/x-date-pickers';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { AdapterDateFnsJalali } from '@mui/x-date-pickers/AdapterDateFnsJalali';
import { enGB, ru } from 'date-fns/locale';
import { faIR } from 'date-fns-jalali/locale';
import type { ReactNode } from 'react';
import { fromIsoDate, toIsoDate } from './dates';
import { PersianDigitsDateFns, PersianDigitsDateFnsJalali, typedDigitsAsLatin } from './persianDigitAdapters';
import { dayOfWeekFormatter, PICKER_TEXTS } from './pickerTexts';
import { usePreferences } from './usePreferences';

/** What CalendarDatePicker takes (the lazy door to this file). */
export interface CalendarDatePickerProps {
  /** YYYY-MM-DD, or ISO 8601 with `withTime`; null when empty. */
  value: string | null;
  onChange(value: string | null): void;
  label: string;
  name?: string;
  withTime?: boolean;
  required?: boolean;
  error?: boolean;
  helperText?: ReactNode;
  onBlur?(): void;
  variant?: 'filled' | 'outlined';
  fullWidth?: boolean;
  testId?: string;
}

function toPickerValue(value: unknown, withTime: boolean): Date | null {
  if (typeof value !== 'string' || !value) return null;
  return withTime ? new Date(value) : fromIsoDate(value);
}

/**
 * A date (or date-time) picked in the user's calendar (Jalali or Gregorian); the value stays what
 * the API speaks: YYYY-MM-DD for dates, ISO 8601 for date-times.
 */
export default function CalendarDatePickerField({
  value,
  onChange,
  label,
  name,
  withTime = false,
  required,
  error,
  helperText,
  onBlur,
  variant = 'filled',
  fullWidth = true,
  testId,
}: CalendarDatePickerProps) {
  const { locale, calendar } = usePreferences();
  const jalali = calendar === 'JALALI';
  const change = (date: Date | null) => {
    if (!date) return onChange(null);
    // Half-typed dates are invalid Dates; keep the last good value until the day is complete.
    if (Number.isNaN(date.getTime())) return;
    onChange(withTime ? date.toISOString() : toIsoDate(date));
  };
  const Picker = withTime ? DateTimePicker : DatePicker;
  // Dates read and show the language's digits (Persian in fa), whichever calendar they are in.
  const persian = locale === 'fa';
  const adapter = jalali
    ? persian
      ? PersianDigitsDateFnsJalali
      : AdapterDateFnsJalali
    : persian
      ? PersianDigitsDateFns
      : AdapterDateFns;
  return (
    <LocalizationProvider
      dateAdapter={adapter}
      adapterLocale={jalali ? faIR : locale === 'ru' ? ru : enGB}
      localeText={PICKER_TEXTS[locale]}
    >
      <Picker
        label={label}
        value={toPickerValue(value, withTime)}
        onChange={change}
        dayOfWeekFormatter={dayOfWeekFormatter(locale)}
        // 24 hours in every language: Persian's date-fns locale would give "۱۲:۰۰ ق.ظ." for midnight.
        {...(withTime ? { ampm: false } : {})}
        slotProps={{
          textField: {
            name,
            required,
            size: 'small',
            onBlur,
            error,
            helperText,
            variant,
            fullWidth,
            ...(persian ? { onInputCapture: typedDigitsAsLatin } : {}),
            ...(testId ? { inputProps: { 'data-testid': testId } } : {}),
          },
        }}
      />
    </LocalizationProvider>
  );
}
