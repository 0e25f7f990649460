import { Stack, Typography } from '@mui/material';
import {
  BooleanInput,
  FormDataConsumer,
  regex,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  useLocale,
  useTranslate,
} from 'react-admin';
import { localized } from '../i18n/localized';
import { ATTRIBUTE_TYPES, isChoiceType } from './attributeTypes';
import { ChoicesInput } from './ChoicesInput';
import { FormatInput } from './FormatInput';
import { useAttributeRegistry } from './useAttributeRegistry';

const KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]*$/;

function Section({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" fontWeight={600} sx={{ mt: 1 }}>
      {translate(title)}
    </Typography>
  );
}

/**
 * Key and type are fixed once created (stored values depend on both); the rest, the format a plugin
 * adds to the type included, can change any time.
 */
export function AttributeDefinitionForm({ creating }: { creating: boolean }) {
  const translate = useTranslate();
  const locale = useLocale();
  const { groups } = useAttributeRegistry();
  return (
    // Attributes are retired from the list, never deleted: no Delete button that could only fail.
    <SimpleForm
      noValidate
      toolbar={
        <Toolbar>
          <SaveButton />
        </Toolbar>
      }
    >
      <Section title="patron.attributes.sections.identity" />
      <Stack direction="row" columnGap={2} flexWrap="wrap">
        <TextInput
          source="key"
          label="patron.attributes.key"
          validate={creating ? [required(), regex(KEY_PATTERN, 'patron.attributes.keyHelp')] : undefined}
          readOnly={!creating}
          helperText={creating ? 'patron.attributes.keyHelp' : false}
          slotProps={{ htmlInput: { dir: 'ltr' } }}
        />
        <SelectInput
          source="type"
          label="patron.attributes.type"
          validate={required()}
          readOnly={!creating}
          choices={ATTRIBUTE_TYPES.map((t) => ({ id: t, name: translate(`patron.attributes.types.${t}`) }))}
        />
        <SelectInput
          source="group"
          label="patron.attributes.group"
          validate={required()}
          choices={groups.map((g) => ({ id: g.key, name: localized(g.label, locale, g.key) }))}
        />
        <FormatInput />
      </Stack>
      <Section title="patron.attributes.sections.labels" />
      <Stack direction="row" columnGap={2} flexWrap="wrap">
        <TextInput source="label.en" label="patron.attributes.labelIn.en" validate={required()} />
        <TextInput source="label.ru" label="patron.attributes.labelIn.ru" />
        <TextInput
          source="label.fa"
          label="patron.attributes.labelIn.fa"
          slotProps={{ htmlInput: { dir: 'rtl' } }}
        />
      </Stack>
      <Stack direction="row" columnGap={2} flexWrap="wrap">
        <TextInput source="helpText.en" label="patron.attributes.helpTextIn.en" />
        <TextInput source="helpText.ru" label="patron.attributes.helpTextIn.ru" />
        <TextInput
          source="helpText.fa"
          label="patron.attributes.helpTextIn.fa"
          slotProps={{ htmlInput: { dir: 'rtl' } }}
        />
      </Stack>
      <Section title="patron.attributes.sections.rules" />
      <Stack direction="row" columnGap={2} flexWrap="wrap">
        <BooleanInput source="required" label="patron.attributes.required" />
        <BooleanInput source="unique" label="patron.attributes.unique" />
        <BooleanInput source="shownInList" label="patron.attributes.shownInList" />
        <BooleanInput source="filterable" label="patron.attributes.filterable" />
      </Stack>
      <FormDataConsumer>
        {({ formData }) =>
          isChoiceType(formData.type) && (
            <>
              <Section title="patron.attributes.sections.choices" />
              <ChoicesInput />
            </>
          )
        }
      </FormDataConsumer>
    </SimpleForm>
  );
}
