import { DatePicker, DateTimePicker, LocalizationProvider } from '@mui/x-date-pickers';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { AdapterDateFnsJalali } from '@mui/x-date-pickers/AdapterDateFnsJalali';
import { enUS as pickerEn, faIR as pickerFa, ruRU as pickerRu } from '@mui/x-date-pickers/locales';
import { enGB, ru } from 'date-fns/locale';
import { faIR } from 'date-fns-jalali/locale';
import { InputHelperText, useInput, type Validator } from 'react-admin';
import { fromIsoDate, toIsoDate } from './dates';
import { usePreferences } from './usePreferences';

const PICKER_TEXTS = { en: pickerEn, ru: pickerRu, fa: pickerFa };

interface Props {
  source: string;
  label: string;
  helperText?: string;
  validate?: Validator | Validator[];
  withTime?: boolean;
}

function toPickerValue(value: unknown, withTime: boolean): Date | null {
  if (typeof value !== 'string' || !value) return null;
  return withTime ? new Date(value) : fromIsoDate(value);
}

/**
 * A date (or date-time) picked in the user's calendar; the form value stays what the API
 * speaks: YYYY-MM-DD for dates, ISO 8601 for date-times.
 */
export function CalendarDateInput({ source, label, helperText, validate, withTime = false }: Props) {
  const { locale, calendar } = usePreferences();
  const { field, fieldState, isRequired } = useInput({ source, validate });
  const jalali = calendar === 'JALALI';
  const onChange = (date: Date | null) => {
    if (!date) return field.onChange(null);
    // Half-typed dates are invalid Dates; keep the last good value until the day is complete.
    if (Number.isNaN(date.getTime())) return;
    field.onChange(withTime ? date.toISOString() : toIsoDate(date));
  };
  const Picker = withTime ? DateTimePicker : DatePicker;
  const error = fieldState.error?.message;
  return (
    <LocalizationProvider
      dateAdapter={jalali ? AdapterDateFnsJalali : AdapterDateFns}
      adapterLocale={jalali ? faIR : locale === 'ru' ? ru : enGB}
      localeText={PICKER_TEXTS[locale].components.MuiLocalizationProvider.defaultProps.localeText}
    >
      <Picker
        label={label}
        value={toPickerValue(field.value, withTime)}
        onChange={onChange}
        slotProps={{
          textField: {
            name: source,
            required: isRequired,
            size: 'small',
            onBlur: field.onBlur,
            error: Boolean(error),
            helperText: <InputHelperText error={error} helperText={helperText} />,
            variant: 'filled',
            fullWidth: true,
            sx: { mt: 1, mb: 0.5 },
          },
        }}
      />
    </LocalizationProvider>
  );
}
