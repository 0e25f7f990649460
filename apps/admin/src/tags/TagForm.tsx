import { Box, Stack } from '@mui/material';
import { FormDataConsumer, required, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { TagChip } from './TagChip';

const COLOR = /^#[0-9a-fA-F]{6}$/;
const validColor = (value: unknown) => (COLOR.test(String(value ?? '')) ? undefined : 'patron.tags.badColor');

function Preview({ name, color }: { name: unknown; color: unknown }) {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 2 }}>
      <TagChip
        name={String(name || translate('patron.tags.preview'))}
        color={COLOR.test(String(color)) ? String(color) : '#607d8b'}
        data-testid="tag-preview"
      />
    </Box>
  );
}

/** A tag's name and colour, with a preview of the chip as lists and cards will show it. */
export function TagForm() {
  return (
    <SimpleForm defaultValues={{ color: '#1f5f8b' }} noValidate>
      <TextInput
        source="name"
        label="patron.tags.name"
        validate={required()}
        slotProps={{ htmlInput: { dir: 'auto', maxLength: 60 } }}
      />
      <Stack direction="row" gap={2} alignItems="center">
        <TextInput
          source="color"
          label="patron.tags.color"
          type="color"
          validate={[required(), validColor]}
          sx={{ width: 120 }}
        />
        <FormDataConsumer>
          {({ formData }) => <Preview name={formData.name} color={formData.color} />}
        </FormDataConsumer>
      </Stack>
    </SimpleForm>
  );
}
