import { Stack, Typography } from '@mui/material';
import {
  BooleanInput,
  maxValue,
  minValue,
  regex,
  required,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  useTranslate,
} from 'react-admin';
import { LocalizedNameInputs } from '../common/LocalizedNameInputs';
import { NumberInput } from '../common/NumberInput';
import { problemKey } from '../problems/problemText';

const KEY_PATTERN = /^[a-z][a-z0-9_]{0,30}$/;

function Section({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" fontWeight={600} sx={{ mt: 1 }}>
      {translate(title)}
    </Typography>
  );
}

/** A currency needs a name in at least one language. */
/** Key and decimal places are fixed once created (stored amounts depend on both); the rest can change. */
export function CurrencyForm({ creating }: { creating: boolean }) {
  return (
    // No delete: operations name their currency for good.
    <SimpleForm
      noValidate
      toolbar={
        <Toolbar>
          <SaveButton />
        </Toolbar>
      }
    >
      <Section title="patron.currencies.sections.currency" />
      <Stack direction="row" columnGap={2} flexWrap="wrap">
        <TextInput
          source="key"
          label="patron.currencies.key"
          validate={creating ? [required(), regex(KEY_PATTERN, problemKey('KEY_FORMAT'))] : undefined}
          readOnly={!creating}
          helperText={creating ? 'patron.currencies.keyHelp' : 'patron.currencies.fixed'}
          slotProps={{ htmlInput: { dir: 'ltr' } }}
        />
        <NumberInput
          source="decimals"
          label="patron.currencies.decimals"
          validate={creating ? [required(), minValue(0), maxValue(4)] : undefined}
          readOnly={!creating}
          min={0}
          max={4}
          step={1}
          helperText={creating ? 'patron.currencies.decimalsHelp' : 'patron.currencies.fixed'}
        />
      </Stack>
      <Section title="patron.currencies.sections.names" />
      <LocalizedNameInputs labels="patron.currencies.nameIn" missing="patron.loyalty.errors.currencyName" />
      <Section title="patron.currencies.sections.rules" />
      <Stack direction="row" columnGap={2} flexWrap="wrap" alignItems="flex-start">
        <NumberInput
          source="unitValue"
          label="patron.currencies.unitValue"
          validate={[required(), minValue(0)]}
          min={0}
          helperText="patron.currencies.unitValueHelp"
        />
        {!creating && (
          <NumberInput
            source="position"
            label="patron.currencies.position"
            validate={[required(), minValue(1)]}
            min={1}
            step={1}
            helperText="patron.currencies.positionHelp"
          />
        )}
      </Stack>
      <BooleanInput
        source="spendable"
        label="patron.currencies.spendable"
        helperText="patron.currencies.spendableHelp"
      />
    </SimpleForm>
  );
}
