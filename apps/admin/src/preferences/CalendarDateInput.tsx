import { Box } from '@mui/material';
import { InputHelperText, useInput, type Validator } from 'react-admin';
import { CalendarDatePicker } from './CalendarDatePicker';

interface Props {
  source: string;
  label: string;
  helperText?: string;
  validate?: Validator | Validator[];
  withTime?: boolean;
}

/** CalendarDatePicker bound to a react-admin form field. */
export function CalendarDateInput({ source, label, helperText, validate, withTime = false }: Props) {
  const { field, fieldState, isRequired } = useInput({ source, validate });
  const error = fieldState.error?.message;
  return (
    <Box sx={{ mt: 1, mb: 0.5, width: '100%' }}>
      <CalendarDatePicker
        name={source}
        label={label}
        withTime={withTime}
        value={typeof field.value === 'string' && field.value ? field.value : null}
        onChange={(value) => field.onChange(value)}
        onBlur={field.onBlur}
        required={isRequired}
        error={Boolean(error)}
        helperText={<InputHelperText error={error} helperText={helperText} />}
      />
    </Box>
  );
}
