import { Stack } from '@mui/material';
import { FormDataConsumer, required, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { TagChip } from '../tags/TagChip';

const COLOR = /^#[0-9a-fA-F]{6}$/;
const validColor = (value: unknown) =>
  COLOR.test(String(value ?? '')) ? undefined : 'patron.categories.badColor';

function Preview({ name, color }: { name: unknown; color: unknown }) {
  const translate = useTranslate();
  return (
    <TagChip
      name={String(name || translate('patron.categories.preview'))}
      color={COLOR.test(String(color)) ? String(color) : '#607d8b'}
      data-testid="category-preview"
      sx={{ mb: 2 }}
    />
  );
}

/** A category's name and colour, with a preview of the chip as the list and the card show it. */
export function CategoryForm() {
  return (
    <SimpleForm defaultValues={{ color: '#2e7d32' }} noValidate>
      <TextInput
        source="name"
        label="patron.categories.name"
        validate={required()}
        slotProps={{ htmlInput: { dir: 'auto', maxLength: 60 } }}
      />
      <Stack direction="row" gap={2} alignItems="center">
        <TextInput
          source="color"
          label="patron.categories.color"
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
