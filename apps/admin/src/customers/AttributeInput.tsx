import {
  BooleanInput,
  NumberInput,
  required,
  SelectArrayInput,
  SelectInput,
  TextInput,
  useLocale,
} from 'react-admin';
import type { AttributeDefinition } from '../api/registry';
import { localized } from '../api/registry';
import { AddressInput } from './AddressInput';
import { CalendarDateInput } from './CalendarDateInput';

/** The right input for an attribute's type, named by its key. */
export function AttributeInput({ definition: d }: { definition: AttributeDefinition }) {
  const locale = useLocale();
  const label = localized(d.label, locale, d.key);
  const helperText = localized(d.helpText, locale, '') || false;
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
      return <SelectInput {...common} choices={choices} emptyText="—" />;
    case 'MULTIPLE_CHOICE':
      return <SelectArrayInput {...common} choices={choices} sx={{ minWidth: 260 }} />;
    case 'DATE':
      return <CalendarDateInput source={d.key} label={label} validate={validate} />;
    case 'DATETIME':
      return <CalendarDateInput source={d.key} label={label} validate={validate} withTime />;
    case 'ADDRESS':
      return <AddressInput source={d.key} label={label} validate={validate} />;
    case 'PHONE':
      return <TextInput {...common} type="tel" slotProps={{ htmlInput: { dir: 'ltr' } }} />;
    case 'EMAIL':
      return <TextInput {...common} type="email" slotProps={{ htmlInput: { dir: 'ltr' } }} />;
    case 'URL':
      return <TextInput {...common} type="url" slotProps={{ htmlInput: { dir: 'ltr' } }} />;
    default:
      return <TextInput {...common} />;
  }
}
