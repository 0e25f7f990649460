import { Box, Stack } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  FormDataConsumer,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useLocale,
  useTranslate,
} from 'react-admin';
import { localized, useAttributeRegistry } from '../api/registry';
import { ATTRIBUTE_TYPES, isChoiceType } from './attribute-types';

/** Key and type are fixed once created; the rest can change at any time. */
export function AttributeForm({ creating }: { creating: boolean }) {
  const translate = useTranslate();
  const locale = useLocale();
  const { groups } = useAttributeRegistry();
  return (
    <SimpleForm>
      <Stack direction="row" spacing={2} flexWrap="wrap">
        <TextInput
          source="key"
          label="patron.attributes.key"
          validate={required()}
          disabled={!creating}
          helperText={creating ? 'patron.attributes.keyHelp' : false}
          slotProps={{ htmlInput: { dir: 'ltr' } }}
        />
        <SelectInput
          source="type"
          label="patron.attributes.type"
          validate={required()}
          disabled={!creating}
          choices={ATTRIBUTE_TYPES.map((t) => ({ id: t, name: translate(`patron.attributes.types.${t}`) }))}
        />
        <SelectInput
          source="group"
          label="patron.attributes.group"
          validate={required()}
          choices={groups.map((g) => ({ id: g.key, name: localized(g.label, locale, g.key) }))}
        />
      </Stack>
      <Stack direction="row" spacing={2} flexWrap="wrap">
        <TextInput source="label.en" label="patron.attributes.labelIn.en" />
        <TextInput source="label.ru" label="patron.attributes.labelIn.ru" />
        <TextInput
          source="label.fa"
          label="patron.attributes.labelIn.fa"
          slotProps={{ htmlInput: { dir: 'rtl' } }}
        />
      </Stack>
      <Stack direction="row" spacing={2} flexWrap="wrap">
        <BooleanInput source="required" label="patron.attributes.required" />
        <BooleanInput source="unique" label="patron.attributes.unique" />
        <BooleanInput source="shownInList" label="patron.attributes.shownInList" />
        <BooleanInput source="filterable" label="patron.attributes.filterable" defaultValue />
      </Stack>
      <FormDataConsumer>
        {({ formData }) =>
          isChoiceType(formData.type) && (
            <Box sx={{ width: '100%' }}>
              <ArrayInput source="choices" label="patron.attributes.choices">
                <SimpleFormIterator inline>
                  <TextInput
                    source="value"
                    label="patron.attributes.choiceValue"
                    validate={required()}
                    slotProps={{ htmlInput: { dir: 'ltr' } }}
                  />
                  <TextInput source="label.en" label="patron.attributes.labelIn.en" />
                  <TextInput source="label.ru" label="patron.attributes.labelIn.ru" />
                  <TextInput source="label.fa" label="patron.attributes.labelIn.fa" />
                </SimpleFormIterator>
              </ArrayInput>
            </Box>
          )
        }
      </FormDataConsumer>
    </SimpleForm>
  );
}
