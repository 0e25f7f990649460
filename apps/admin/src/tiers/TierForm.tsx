import { Stack, Typography } from '@mui/material';
import {
  minValue,
  regex,
  required,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  useTranslate,
} from 'react-admin';
import { LocalizedDeleteButton } from '../common/LocalizedDeleteButton';
import { LocalizedNameInputs } from '../common/LocalizedNameInputs';
import { NumberInput } from '../common/NumberInput';
import { useCurrencies } from '../currencies/useCurrencies';
import { RulesEditor } from '../loyalty-programme/RulesEditor';
import { problemKey } from '../problems/problemText';
import { ThresholdInput } from './ThresholdInput';
import { useXpName, XP_CURRENCY } from './useXpName';

const KEY_PATTERN = /^[a-z][a-z0-9_]{0,30}$/;

function Section({ title, help }: { title: string; help?: string }) {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="subtitle1" fontWeight={600} sx={{ mt: 1 }}>
        {translate(title)}
      </Typography>
      {help && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(help)}
        </Typography>
      )}
    </>
  );
}

/** A tier needs a name in at least one language. */
/** Key (fixed once created), names, place among the tiers, entry thresholds and the tier's own earning rules. */
export function TierForm({ creating }: { creating: boolean }) {
  const translate = useTranslate();
  const xp = useXpName();
  const xpDecimals = useCurrencies().byKey.get(XP_CURRENCY)?.decimals ?? 0;
  return (
    <SimpleForm
      noValidate
      toolbar={
        <Toolbar sx={{ justifyContent: 'space-between' }}>
          <SaveButton data-testid="tier-save" />
          {!creating && (
            <LocalizedDeleteButton confirmContent="patron.tiers.deleteConfirm" data-testid="tier-delete" />
          )}
        </Toolbar>
      }
    >
      <Section title="patron.tiers.sections.tier" />
      <Stack direction="row" columnGap={2} flexWrap="wrap">
        <TextInput
          source="key"
          label="patron.tiers.key"
          validate={creating ? [required(), regex(KEY_PATTERN, problemKey('KEY_FORMAT'))] : undefined}
          readOnly={!creating}
          helperText={creating ? 'patron.tiers.keyHelp' : 'patron.tiers.fixed'}
          slotProps={{ htmlInput: { dir: 'ltr' } }}
        />
        <NumberInput
          source="position"
          label="patron.tiers.position"
          validate={creating ? minValue(1) : [required(), minValue(1)]}
          min={1}
          step={1}
          helperText="patron.tiers.positionHelp"
        />
      </Stack>
      <LocalizedNameInputs labels="patron.tiers.nameIn" missing="patron.tiers.errors.name" />
      <Section title="patron.tiers.sections.entry" help="patron.tiers.entryHelp" />
      <Stack direction="row" columnGap={2} flexWrap="wrap">
        {/* Purchases are in the workspace's money: two decimals, as the tier list shows them. */}
        <ThresholdInput source="minPurchaseTotal" label="patron.tiers.minPurchaseTotal" decimals={2} />
        <NumberInput
          source="minPurchaseCount"
          label="patron.tiers.minPurchaseCount"
          min={0}
          step={1}
          validate={minValue(0)}
          helperText="patron.tiers.emptyNotRequired"
        />
        <ThresholdInput
          source="minXp"
          label={translate('patron.tiers.minXp', { xp })}
          decimals={xpDecimals}
        />
      </Stack>
      <Section title="patron.tiers.sections.rules" help="patron.tiers.rulesHelp" />
      <RulesEditor source="rules" />
    </SimpleForm>
  );
}
