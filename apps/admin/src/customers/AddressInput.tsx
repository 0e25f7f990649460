import { Stack } from '@mui/material';
import { TextInput, type Validator } from 'react-admin';
import { NumberInput } from '../common/NumberInput';

interface Props {
  source: string;
  label: string;
  helperText?: string | false;
  validate?: Validator;
}

/** An address stored as { text, lat, lng }: the text, and an optional map point. */
export function AddressInput({ source, label, helperText, validate }: Props) {
  return (
    <Stack direction="row" columnGap={2} flexWrap="wrap" sx={{ width: '100%' }}>
      <TextInput
        source={`${source}.text`}
        label={label}
        helperText={helperText}
        validate={validate}
        sx={{ flex: 2 }}
      />
      <NumberInput
        source={`${source}.lat`}
        label="patron.customer.latitude"
        helperText={false}
        sx={{ flex: 1 }}
      />
      <NumberInput
        source={`${source}.lng`}
        label="patron.customer.longitude"
        helperText={false}
        sx={{ flex: 1 }}
      />
    </Stack>
  );
}
