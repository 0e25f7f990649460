import { useMemo } from 'react';
import { AutocompleteInput, useLocale, useRecordContext, type Validator } from 'react-admin';
import { localeTag } from '../i18n/locales';
import { countryChoices } from './countries';

interface Props {
  source: string;
  label: string;
  helperText?: string | false;
  validate?: Validator;
}

/**
 * The country attribute: picked by the country's name in the user's language, stored as its ISO 3166
 * code ("IR"). A value that is no country code (typed before, or imported) stays a choice of its own.
 */
export function CountryInput({ source, label, helperText, validate }: Props) {
  const locale = useLocale();
  const stored = useRecordContext()?.[source];
  const choices = useMemo(() => {
    const countries = countryChoices(localeTag(locale));
    const unknown = typeof stored === 'string' && stored && !countries.some((c) => c.id === stored);
    return unknown ? [{ id: stored, name: stored }, ...countries] : countries;
  }, [locale, stored]);
  return (
    <AutocompleteInput
      source={source}
      label={label}
      helperText={helperText}
      validate={validate}
      choices={choices}
    />
  );
}
