import { TextInput, type TextInputProps } from './TextInput';

/** A password input; typed left to right in Persian too, like every password. */
export function PasswordField(props: Omit<TextInputProps, 'type' | 'dir'>) {
  return <TextInput type="password" dir="ltr" {...props} />;
}
