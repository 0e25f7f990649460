import {
  DialogContent,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useLocale, useNotify, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { FormDialog, FormDialogActions, GeneralErrors } from '../common/FormDialog';
import { type PlacedErrors, placeFailureWhere } from '../common/placeErrors';
import { localized } from '../i18n/localized';
import { useProblemText } from '../problems/useProblemText';
import { SaveChannelAccountMutation } from './documents';
import type { ChannelAccount, ChannelProvider } from './types';

const NO_ERRORS: PlacedErrors = { fields: {}, general: [] };

/**
 * The settings of a provider as the form sends them: every public field with its value, and a secret
 * only when something was typed (null keeps the stored one).
 */
export function settingsInput(provider: ChannelProvider, values: Record<string, string>) {
  return provider.settings.map((f) => ({
    key: f.key,
    value: f.secret ? values[f.key] || null : (values[f.key] ?? ''),
  }));
}

/** Creating an account (provider chosen first) or changing one; the fields come from the provider. */
export function AccountDialog(props: {
  providers: readonly ChannelProvider[];
  account: ChannelAccount | null;
  open: boolean;
  onClose(): void;
  onSaved(): void;
}) {
  const translate = useTranslate();
  const { account } = props;
  return (
    <FormDialog
      open={props.open}
      title={translate(account ? 'patron.channels.editTitle' : 'patron.channels.addTitle', {
        name: account?.name ?? '',
      })}
      testId="channel-account"
      maxWidth="sm"
      onClose={props.onClose}
    >
      {props.open && <AccountForm {...props} key={account?.id ?? 'new'} />}
    </FormDialog>
  );
}

function AccountForm(props: {
  providers: readonly ChannelProvider[];
  account: ChannelAccount | null;
  onClose(): void;
  onSaved(): void;
}) {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const text = useProblemText();
  const { account, providers } = props;
  const [providerKey, setProviderKey] = useState(account?.provider ?? providers[0]?.provider ?? '');
  const [name, setName] = useState(account?.name ?? '');
  const [enabled, setEnabled] = useState(account?.enabled ?? true);
  const [isDefault, setIsDefault] = useState(account?.isDefault ?? false);
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries((account?.settings ?? []).map((s) => [s.key, s.value])),
  );
  const [errors, setErrors] = useState<PlacedErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const provider = providers.find((p) => p.provider === providerKey);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!provider) return;
    setSaving(true);
    setErrors(NO_ERRORS);
    try {
      await apollo.mutate({
        mutation: SaveChannelAccountMutation,
        variables: {
          input: {
            id: account?.id ?? null,
            provider: provider.provider,
            name,
            enabled,
            isDefault,
            settings: settingsInput(provider, values),
          },
        },
      });
      notify('patron.channels.saved', { type: 'info', messageArgs: { name } });
      props.onSaved();
      props.onClose();
    } catch (error) {
      setErrors(
        placeFailureWhere(
          error,
          (input) => input === 'name' || provider.settings.some((f) => input === `settings.${f.key}`),
        ),
      );
    } finally {
      setSaving(false);
    }
  };
  const nameProblem = errors.fields.name;
  return (
    <form onSubmit={submit} noValidate>
      <DialogContent sx={{ pt: 0 }}>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            select
            fullWidth
            disabled={Boolean(account)}
            label={translate('patron.channels.provider')}
            value={providerKey}
            onChange={(e) => setProviderKey(e.target.value)}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'channel-provider' } as object } }}
          >
            {providers.map((p) => (
              <MenuItem key={p.provider} value={p.provider} data-testid={`channel-provider-${p.provider}`}>
                {localized(p.label, locale, p.provider)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            required
            fullWidth
            label={translate('patron.channels.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={Boolean(nameProblem)}
            helperText={nameProblem ? text(nameProblem) : undefined}
            slotProps={{ htmlInput: { dir: 'auto', maxLength: 100, 'data-testid': 'channel-name' } }}
          />
          <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
            <FormControlLabel
              control={<Switch checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />}
              label={translate('patron.channels.enabled')}
            />
            <FormControlLabel
              control={<Switch checked={isDefault} onChange={(e) => setIsDefault(e.target.checked)} />}
              label={translate('patron.channels.isDefault')}
            />
          </Stack>
          {provider && <Typography variant="subtitle2">{translate('patron.channels.settings')}</Typography>}
          {provider?.settings.map((field) => {
            const fieldProblem = errors.fields[`settings.${field.key}`];
            const stored = account?.secretsSet.includes(field.key) ?? false;
            const secretHint = field.secret
              ? translate(stored ? 'patron.channels.secretSet' : 'patron.channels.secretNotSet')
              : undefined;
            const help = field.help ? localized(field.help, locale, '') : undefined;
            const hint = [help, secretHint].filter(Boolean).join(translate('patron.separator')) || undefined;
            return (
              <TextField
                key={field.key}
                select={Boolean(field.choices)}
                fullWidth
                required={field.required && !(field.secret && stored)}
                type={field.secret ? 'password' : 'text'}
                autoComplete={field.secret ? 'new-password' : 'off'}
                label={localized(field.label, locale, field.key)}
                value={values[field.key] ?? ''}
                onChange={(e) => setValues({ ...values, [field.key]: e.target.value })}
                error={Boolean(fieldProblem)}
                helperText={fieldProblem ? text(fieldProblem) : hint}
                slotProps={{
                  htmlInput: { dir: 'ltr', 'data-testid': `channel-setting-${field.key}` },
                  select: { SelectDisplayProps: { 'data-testid': `channel-setting-${field.key}` } as object },
                }}
              >
                {field.choiceLabels?.map((c) => (
                  <MenuItem key={c.value} value={c.value} data-testid={`channel-choice-${c.value}`}>
                    {localized(c.label, locale, c.value)}
                  </MenuItem>
                ))}
              </TextField>
            );
          })}
          {account?.webhookUrl && (
            <TextField
              fullWidth
              label={translate('patron.channels.webhook')}
              value={account.webhookUrl}
              helperText={translate('patron.channels.webhookHelp')}
              slotProps={{ htmlInput: { readOnly: true, dir: 'ltr' } }}
            />
          )}
        </Stack>
        <GeneralErrors messages={errors.general} testId="channel-account" />
      </DialogContent>
      <FormDialogActions
        testId="channel-account"
        submitLabel="patron.channels.save"
        disabled={saving || !provider || !name.trim()}
        onClose={props.onClose}
      />
    </form>
  );
}
