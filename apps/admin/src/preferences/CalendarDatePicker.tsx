import { TextField } from '@mui/material';
import { lazy, Suspense } from 'react';
import type { CalendarDatePickerProps } from './CalendarDatePickerField';

export type { CalendarDatePickerProps } from './CalendarDatePickerField';

// MUI's pickers and both calendars' date-fns are a fifth of the app: loaded with the first date field.
const Field = lazy(() => import('./CalendarDatePickerField'));

/**
 * A date (or date-time) picked in the user's calendar (Jalali or Gregorian); the value stays what
 * the API speaks: YYYY-MM-DD for dates, ISO 8601 for date-times. Until the picker has loaded, an
 * empty disabled field of the same size holds its place.
 */
export function CalendarDatePicker(props: CalendarDatePickerProps) {
  return (
    <Suspense
      fallback={
        <TextField
          label={props.label}
          variant={props.variant ?? 'filled'}
          fullWidth={props.fullWidth ?? true}
          disabled
          size="small"
        />
      }
    >
      <Field {...props} />
    </Suspense>
  );
}
