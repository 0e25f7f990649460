import {
  BooleanInput,
  required,
  SelectArrayInput,
  SelectInput,
  TextInput,
  useLocale,
  useTranslate,
} from 'react-admin';
import type { AttributeDefinition } from '../attributes/useAttributeRegistry';
import { NumberInput } from '../common/NumberInput';
import { CountryInput } from '../countries/CountryInput';
import { COUNTRY_ATTRIBUTE } from '../countries/countries';
import { localized } from '../i18n/localized';
import { CalendarDateInput } from '../preferences/CalendarDateInput';
import { AddressInput } from './AddressInput';

// Phones, emails and addresses on the web are Latin script even in a Persian form.
const LTR = { htmlInput: { dir: 'ltr' } };

/** The input for one attribute, chosen by its type and named by its key (`input[name="firstName"]`). */
export function AttributeInput({ definition: d }: { definition: AttributeDefinition }) {
  const locale = useLocale();
  const translate = useTranslate();
  const label = localized(d.label, locale, d.key);
  // The format's hint ("10 digits") after the attribute's own help, when it has a format.
  const helps = [localized(d.helpText, locale, ''), localized(d.formatHint, locale, '')].filter(Boolean);
  const helperText: string | false = helps.join(translate('patron.separator')) || false;
  const validate = d.required ? required() : undefined;
  const common = { source: d.key, label, validate, helperText };
  const choices = d.choices.map((c) => ({ id: c.value, name: localized(c.label, locale, c.value) }));
  switch (d.type) {
    case 'LONG_TEXT':
      return <TextInput {...common} multiline minRows={3} fullWidth />;
    case 'NUMBER':
      return <NumberInput {...common} />;
    case 'MONEY':
      return <NumberInput {...common} step={0.01} />;
    case 'BOOLEAN':
      return <BooleanInput {...common} />;
    case 'SINGLE_CHOICE':
      return <SelectInput {...common} choices={choices} emptyText={translate('patron.empty')} />;
    case 'MULTIPLE_CHOICE':
      return <SelectArrayInput {...common} choices={choices} />;
    case 'DATE':
    case 'DATETIME':
      return (
        <CalendarDateInput
          source={d.key}
          label={label}
          validate={validate}
          helperText={helperText}
          withTime={d.type === 'DATETIME'}
        />
      );
    case 'ADDRESS':
      return <AddressInput source={d.key} label={label} validate={validate} helperText={helperText} />;
    case 'PHONE':
      return <TextInput {...common} type="tel" autoComplete="tel" slotProps={LTR} />;
    case 'EMAIL':
      return <TextInput {...common} type="email" autoComplete="email" slotProps={LTR} />;
    case 'URL':
      return <TextInput {...common} type="url" slotProps={LTR} />;
    default:
      if (d.key === COUNTRY_ATTRIBUTE) return <CountryInput {...common} />;
      return <TextInput {...common} />;
  }
}
