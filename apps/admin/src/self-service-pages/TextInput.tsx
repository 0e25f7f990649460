import { FormControl, FormHelperText, InputLabel, OutlinedInput } from '@mui/material';
import { useId } from 'react';

export interface TextInputProps {
  label: string;
  value: string;
  onChange(event: React.ChangeEvent<HTMLInputElement>): void;
  testId: string;
  type?: 'text' | 'password';
  autoComplete?: string;
  error?: boolean;
  helperText?: string | null;
  /** Logins and passwords read left to right in Persian too. */
  dir?: 'ltr';
}

/**
 * A required outlined text field, looking as MUI's TextField does, built from its parts: TextField
 * also carries its select mode (Select, Menu, Popover), which the sign-in screen would download.
 */
export function TextInput({ label, testId, helperText, error, dir, ...input }: TextInputProps) {
  const id = useId();
  const helperId = helperText ? `${id}-helper` : undefined;
  return (
    <FormControl fullWidth required error={error}>
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput
        id={id}
        label={label}
        aria-describedby={helperId}
        inputProps={{ dir, 'data-testid': testId }}
        {...input}
      />
      {helperText && <FormHelperText id={helperId}>{helperText}</FormHelperText>}
    </FormControl>
  );
}
