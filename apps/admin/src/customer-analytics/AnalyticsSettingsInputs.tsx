import { Stack, Typography } from '@mui/material';
import { AutocompleteArrayInput, useLocale, useTranslate } from 'react-admin';
import { useAttributeRegistry } from '../attributes/useAttributeRegistry';
import { NumberInput } from '../common/NumberInput';
import { localized } from '../i18n/localized';

/** Names of this section's inputs, for placing the server's refusals under them. */
export const ANALYTICS_SETTING_INPUTS = [
  'lifecycle.newDays',
  'lifecycle.atRiskDays',
  'lifecycle.lostDays',
  'completenessAttributes',
];

/** What the section adds to updateWorkspaceSettings: no attribute chosen counts every attribute. */
export function analyticsSettingsInput(values: Record<string, unknown>) {
  const lifecycle = (values.lifecycle ?? {}) as Record<string, unknown>;
  const chosen = Array.isArray(values.completenessAttributes)
    ? (values.completenessAttributes as string[])
    : [];
  return {
    lifecycle: {
      newDays: Number(lifecycle.newDays),
      atRiskDays: Number(lifecycle.atRiskDays),
      lostDays: Number(lifecycle.lostDays),
    },
    completenessAttributes: chosen.length ? chosen : null,
  };
}

/** The workspace settings' lifecycle rules and the attributes profile completeness counts. */
export function AnalyticsSettingsInputs() {
  const translate = useTranslate();
  const locale = useLocale();
  const { definitions } = useAttributeRegistry();
  const choices = definitions
    .filter((d) => !d.retired)
    .map((d) => ({ id: d.key, name: localized(d.label, locale, d.key) }));
  return (
    <>
      <Typography variant="subtitle1" fontWeight={600} sx={{ mt: 3 }}>
        {translate('patron.lifecycleSettings.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1, maxWidth: 720 }}>
        {translate('patron.lifecycleSettings.help')}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
        <NumberInput source="lifecycle.newDays" label="patron.lifecycleSettings.newDays" min={1} step={1} />
        <NumberInput
          source="lifecycle.atRiskDays"
          label="patron.lifecycleSettings.atRiskDays"
          min={1}
          step={1}
        />
        <NumberInput source="lifecycle.lostDays" label="patron.lifecycleSettings.lostDays" min={1} step={1} />
      </Stack>
      <Typography variant="subtitle1" fontWeight={600} sx={{ mt: 2 }}>
        {translate('patron.lifecycleSettings.completenessTitle')}
      </Typography>
      <AutocompleteArrayInput
        source="completenessAttributes"
        label="patron.lifecycleSettings.completenessAttributes"
        helperText="patron.lifecycleSettings.completenessHelp"
        choices={choices}
        sx={{ maxWidth: 720 }}
      />
    </>
  );
}
