import { MenuItem, TextField } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { NumberTextField } from '../common/NumberTextField';
import { useCurrencies } from '../currencies/useCurrencies';
import { useCustomerFields } from '../customer-search/fields/useCustomerFields';
import { localized } from '../i18n/localized';
import { useTags } from '../tags/useTags';
import type { ParamSpec, Params } from './automationParams';
import { useTemplates } from './useTemplates';

interface Props {
  spec: ParamSpec;
  value: unknown;
  error?: string;
  onChange(value: unknown): void;
  testId: string;
  /** The other settings of the same trigger or action (a template is chosen among its channel's). */
  siblings?: Params;
}

/**
 * One setting of a trigger or action: a number, or a choice among the workspace's currencies, tiers,
 * tags, dates, channels or message templates.
 */
export function ParamInput({ spec, value, error, onChange, testId, siblings }: Props) {
  const translate = useTranslate();
  const choices = useChoices(spec.type, siblings);
  const label = translate(`patron.automations.params.${spec.name}`);
  const common = {
    size: 'small' as const,
    fullWidth: false,
    label,
    error: Boolean(error),
    helperText: error,
    required: !spec.optional,
    sx: { minWidth: 180 },
    slotProps: { htmlInput: { 'data-testid': testId } },
  };
  if (!choices)
    return (
      <NumberTextField
        {...common}
        value={value == null || value === '' ? null : Number(value)}
        onChange={(n) => onChange(n)}
      />
    );
  return (
    <TextField {...common} select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      {spec.optional && <MenuItem value="">{translate('patron.automations.any')}</MenuItem>}
      {choices.map((c) => (
        <MenuItem key={c.value} value={c.value}>
          {c.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** The choices of a setting, or null for a number. */
function useChoices(
  type: ParamSpec['type'],
  siblings: Params = {},
): { value: string; label: string }[] | null {
  const locale = useLocale();
  const translate = useTranslate();
  const { templates, channels } = useTemplates();
  const { currencies, name } = useCurrencies();
  const { fields, byKey, label } = useCustomerFields();
  const { tags } = useTags();
  switch (type) {
    case 'currency':
      return currencies.map((c) => ({ value: c.key, label: name(c.key) }));
    case 'tier':
      return (byKey.get('tier')?.choices ?? []).map((c) => ({
        value: c.value,
        label: localized(c.label, locale, c.value),
      }));
    case 'tag':
      return tags.map((t) => ({ value: t.id, label: t.name }));
    case 'dateAttribute':
      return fields
        .filter((f) => f.attributeType === 'DATE')
        .map((f) => ({ value: f.key, label: label(f.key) }));
    case 'channel':
      return channels.map((c) => ({
        value: c,
        label: translate(`patron.automations.channels.${c}`, { _: c }),
      }));
    case 'template':
      return templates
        .filter((t) => t.channel === siblings.channel)
        .map((t) => ({ value: t.id, label: t.name }));
    default:
      return null;
  }
}
