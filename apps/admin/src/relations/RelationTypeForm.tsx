import { Stack, Typography } from '@mui/material';
import { Create, Edit, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { LocalizedNameInputs } from '../common/LocalizedNameInputs';

const LANGUAGES = ['en', 'ru', 'fa'] as const;

/** A type's key (fixed once created), its name and, for a two-sided type, the other side's name. */
function RelationTypeForm({ creating }: { creating: boolean }) {
  const translate = useTranslate();
  return (
    <SimpleForm noValidate>
      <TextInput
        source="key"
        label="patron.relationTypes.key"
        helperText="patron.relationTypes.keyHelp"
        disabled={!creating}
        slotProps={{ htmlInput: { dir: 'ltr', maxLength: 31 } }}
      />
      <Typography variant="subtitle2">{translate('patron.relationTypes.name')}</Typography>
      <LocalizedNameInputs labels="patron.relationTypes.nameIn" missing="patron.relationTypes.nameMissing" />
      <Typography variant="subtitle2">{translate('patron.relationTypes.inverseName')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('patron.relationTypes.inverseHelp')}
      </Typography>
      <Stack direction="row" columnGap={2} flexWrap="wrap">
        {LANGUAGES.map((lang) => (
          <TextInput
            key={lang}
            source={`inverseName.${lang}`}
            label={`patron.relationTypes.nameIn.${lang}`}
            slotProps={{ htmlInput: { dir: lang === 'fa' ? 'rtl' : 'auto', maxLength: 40 } }}
          />
        ))}
      </Stack>
    </SimpleForm>
  );
}

export function RelationTypeCreate() {
  return (
    <Create redirect="list">
      <RelationTypeForm creating />
    </Create>
  );
}

export function RelationTypeEdit() {
  return (
    <Edit redirect="list" mutationMode="pessimistic">
      <RelationTypeForm creating={false} />
    </Edit>
  );
}
