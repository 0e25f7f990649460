import { DatePicker, DateTimePicker, LocalizationProvider } from '@mui/x-date-pickers';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { AdapterDateFnsJalali } from '@mui/x-date-pickers/AdapterDateFnsJalali';
import { enGB, ru } from 'date-fns/locale';
import { faIR } from 'date-fns-jalali/locale';
import { useInput, useLocale, useTranslate } from 'react-admin';
import { fromIsoDate, toIsoDate } from '../preferences/dates';
import { useCalendar } from '../preferences/useCalendar';

interface Props {
  source: string;
  label: string;
  required?: boolean;
  withTime?: boolean;
  validate?: ReturnType<typeof import('react-admin').required>;
}

/** A date (or date-time) picked in the user's calendar and stored as the API's ISO value. */
export function CalendarDateInput({ source, label, withTime, validate }: Props) {
  const { calendar } = useCalendar();
  const locale = useLocale();
  const translate = useTranslate();
  const { field, fieldState, isRequired } = useInput({ source, validate });
  const jalali = calendar === 'JALALI';
  const value =
    typeof field.value === 'string' && field.value
      ? withTime
        ? new Date(field.value)
        : fromIsoDate(field.value)
      : null;
  const onChange = (date: Date | null) => {
    if (!date || Number.isNaN(date.getTime())) return field.onChange(date ? field.value : null);
    field.onChange(withTime ? date.toISOString() : toIsoDate(date));
  };
  const Picker = withTime ? DateTimePicker : DatePicker;
  const error = fieldState.error?.message;
  return (
    <LocalizationProvider
      dateAdapter={jalali ? AdapterDateFnsJalali : AdapterDateFns}
      adapterLocale={jalali ? faIR : locale === 'ru' ? ru : enGB}
    >
      <Picker
        label={`${label}${isRequired ? ' *' : ''}`}
        value={value}
        onChange={onChange}
        slotProps={{
          textField: {
            name: source,
            variant: 'filled',
            onBlur: field.onBlur,
            error: Boolean(error),
            helperText: error ? translate(error, { _: error }) : ' ',
            sx: { minWidth: 260 },
          },
        }}
      />
    </LocalizationProvider>
  );
}
