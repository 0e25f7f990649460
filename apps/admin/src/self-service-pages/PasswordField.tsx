import { TextField, type TextFieldProps } from '@mui/material';

/** A password input; typed left to right in Persian too, like every password. */
export function PasswordField(props: TextFieldProps & { testId: string }) {
  const { testId, ...rest } = props;
  return (
    <TextField
      type="password"
      fullWidth
      required
      {...rest}
      slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': testId } }}
    />
  );
}
