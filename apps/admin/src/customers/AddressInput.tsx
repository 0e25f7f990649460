import { Stack } from '@mui/material';
import { NumberInput, type required, TextInput, useTranslate } from 'react-admin';

/** Address text with an optional map point; stored as { text, lat, lng }. */
export function AddressInput({
  source,
  label,
  validate,
}: {
  source: string;
  label: string;
  validate?: ReturnType<typeof required>;
}) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} sx={{ width: '100%' }}>
      <TextInput source={`${source}.text`} label={label} validate={validate} sx={{ flex: 2 }} />
      <NumberInput source={`${source}.lat`} label={translate('patron.customer.latitude')} sx={{ flex: 1 }} />
      <NumberInput source={`${source}.lng`} label={translate('patron.customer.longitude')} sx={{ flex: 1 }} />
    </Stack>
  );
}
