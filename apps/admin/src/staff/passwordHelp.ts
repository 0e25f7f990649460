import { useLocale, useTranslate } from 'react-admin';
import { localDigits } from '../i18n/digits';

/** The shortest temporary password the server takes. */
export const PASSWORD_MIN = 10;

/** "At least 10 characters…", in the language's digits. */
export function usePasswordHelp(): string {
  const translate = useTranslate();
  const locale = useLocale();
  return translate('patron.staffAdmin.temporaryHelp', { min: localDigits(String(PASSWORD_MIN), locale) });
}
