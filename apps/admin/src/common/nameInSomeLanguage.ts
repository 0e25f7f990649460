import type { Validator } from 'react-admin';
import { LOCALES } from '../i18n/locales';

/**
 * For the English name input of a form with a name per language (a currency, a tier): a name is
 * needed in at least one language. An input's own check, as a form-level `validate` would switch
 * off every input's checks (react-hook-form uses one or the other).
 */
export const nameInSomeLanguage =
  (message: string): Validator =>
  (_value, values) => {
    const name = (values?.name ?? {}) as Record<string, string | undefined>;
    return LOCALES.some((locale) => name[locale]?.trim()) ? undefined : message;
  };
