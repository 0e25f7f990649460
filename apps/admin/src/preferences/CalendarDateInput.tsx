import { Box } from '@mui/material';
import { InputHelperText, useInput, type Validator } from 'react-admin';
import { CalendarDatePicker } from './CalendarDatePicker';

interface Props {
  source: string;
  label: string;
  /** false: no line under the input unless there is an error (as react-admin's inputs). */
  helperText?: string | false;
  validate?: Validator | Validator[];
  withTime?: boolean;
}

/** CalendarDatePicker bound to a react-admin form field. */
export function CalendarDateInput({ source, label, helperText, validate, withTime = false }: Props) {
  const { field, fieldState, isRequired } = useInput({ source, validate });
  const error = fieldState.error?.message;
  // The picker's own dense margins line it up with the inputs beside it.
  return (
    <Box sx={{ width: '100%' }}>
      <CalendarDatePicker
        name={source}
        label={label}
        withTime={withTime}
        value={typeof field.value === 'string' && field.value ? field.value : null}
        onChange={(value) => field.onChange(value)}
        onBlur={field.onBlur}
        required={isRequired}
        error={Boolean(error)}
        helperText={
          helperText === false && !error ? undefined : (
            <InputHelperText error={error} helperText={helperText} />
          )
        }
      />
    </Box>
  );
}
