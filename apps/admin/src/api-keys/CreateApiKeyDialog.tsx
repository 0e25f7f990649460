import { useQuery } from '@apollo/client/react';
import {
  Checkbox,
  DialogContent,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { endOfDay } from '../common/dayRange';
import { FormDialog, FormDialogActions, GeneralErrors } from '../common/FormDialog';
import { NumberTextField } from '../common/NumberTextField';
import { type PlacedErrors, placeFailure } from '../common/placeErrors';
import { SecretShownOnce } from '../common/SecretShownOnce';
import { CalendarDatePicker } from '../preferences/CalendarDatePicker';
import { useProblemText } from '../problems/useProblemText';
import { permissionTextKey } from '../roles/permissionText';
import { ApiKeyPermissionsQuery, CreateApiKeyMutation } from './documents';
import { permissionGroups } from './permissionGroups';

const NO_ERRORS: PlacedErrors = { fields: {}, general: [] };
const INPUTS = ['name', 'permissions', 'expiresAt', 'requestsPerMinute'];
const DEFAULT_RATE = 600;

/** Name, permissions (grouped, each with what it allows), rate and expiry; then the secret, once. */
function CreateForm({ onClose, onCreated }: { onClose(): void; onCreated(secret: string): void }) {
  const translate = useTranslate();
  const text = useProblemText();
  const { data } = useQuery(ApiKeyPermissionsQuery);
  const groups = useMemo(() => permissionGroups(data?.apiKeyPermissions ?? []), [data]);
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [rate, setRate] = useState<number | null>(DEFAULT_RATE);
  const [expiresOn, setExpiresOn] = useState<string | null>(null);
  const [errors, setErrors] = useState<PlacedErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);

  const toggle = (permission: string) => {
    const next = new Set(chosen);
    if (next.has(permission)) next.delete(permission);
    else next.add(permission);
    setChosen(next);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setErrors(NO_ERRORS);
    try {
      const result = await apollo.mutate({
        mutation: CreateApiKeyMutation,
        variables: {
          input: {
            name,
            // In the server's order, whatever order they were ticked in.
            permissions: groups.flatMap((g) => g.permissions.map((p) => p.name)).filter((p) => chosen.has(p)),
            requestsPerMinute: rate ?? 0,
            expiresAt: expiresOn ? endOfDay(expiresOn) : null,
          },
        },
      });
      if (result.data) onCreated(result.data.createApiKey.secret);
    } catch (error) {
      setErrors(placeFailure(error, INPUTS));
    } finally {
      setSaving(false);
    }
  };
  const fieldError = (input: string) => {
    const problem = errors.fields[input];
    return problem ? { error: true, helperText: text(problem) } : {};
  };
  return (
    <form onSubmit={submit} noValidate>
      <DialogContent sx={{ pt: 0 }}>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            autoFocus
            required
            fullWidth
            label={translate('patron.apiKeys.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            {...fieldError('name')}
            helperText={fieldError('name').helperText ?? translate('patron.apiKeys.nameHelp')}
            slotProps={{ htmlInput: { dir: 'auto', maxLength: 100, 'data-testid': 'api-key-name' } }}
          />
          <FormControl error={Boolean(errors.fields.permissions)} component="fieldset">
            <FormLabel component="legend">{translate('patron.apiKeys.permissions')}</FormLabel>
            {groups.map((group) => (
              <FormGroup key={group.name} sx={{ mt: 1 }} data-testid={`api-key-group-${group.name}`}>
                <Typography variant="subtitle2">
                  {translate(`patron.apiKeys.group.${group.name}`, { _: group.name })}
                </Typography>
                {group.permissions.map((p) => (
                  <FormControlLabel
                    key={p.name}
                    sx={{ alignItems: 'flex-start', mt: 0.5 }}
                    control={
                      <Checkbox
                        size="small"
                        checked={chosen.has(p.name)}
                        onChange={() => toggle(p.name)}
                        sx={{ pt: 0.25 }}
                        slotProps={{ input: { 'data-testid': `api-key-permission-${p.name}` } as object }}
                      />
                    }
                    label={
                      <span>
                        <Typography variant="body2" component="span">
                          {translate(`patron.apiKeys.permission.${p.name}`, {
                            _: translate(permissionTextKey(p.name), { _: p.description }),
                          })}
                        </Typography>
                        <Typography
                          variant="caption"
                          color="text.secondary"
                          component="span"
                          dir="ltr"
                          sx={{ display: 'block', fontFamily: 'monospace' }}
                        >
                          {p.name}
                        </Typography>
                      </span>
                    }
                  />
                ))}
              </FormGroup>
            ))}
            {errors.fields.permissions && <FormHelperText>{text(errors.fields.permissions)}</FormHelperText>}
          </FormControl>
          <NumberTextField
            fullWidth
            label={translate('patron.apiKeys.rate')}
            value={rate}
            onChange={setRate}
            {...fieldError('requestsPerMinute')}
            helperText={fieldError('requestsPerMinute').helperText ?? translate('patron.apiKeys.rateHelp')}
            slotProps={{ htmlInput: { min: 1, 'data-testid': 'api-key-rate' } }}
          />
          <CalendarDatePicker
            value={expiresOn}
            onChange={setExpiresOn}
            label={translate('patron.apiKeys.expires')}
            error={Boolean(errors.fields.expiresAt)}
            helperText={
              errors.fields.expiresAt
                ? text(errors.fields.expiresAt)
                : translate('patron.apiKeys.expiresHelp')
            }
            testId="api-key-expires"
          />
        </Stack>
        <GeneralErrors messages={errors.general} testId="api-key" />
      </DialogContent>
      <FormDialogActions
        testId="api-key"
        submitLabel="patron.apiKeys.create"
        disabled={saving || !name.trim() || chosen.size === 0}
        onClose={onClose}
      />
    </form>
  );
}

/** Creating a key: the form, then its secret with a copy button, shown this once. */
export function CreateApiKeyDialog(props: { open: boolean; onClose(): void; onCreated(): void }) {
  const [secret, setSecret] = useState<string | null>(null);
  const close = () => {
    props.onClose();
    // Forgotten when the dialog closes: it cannot be shown again.
    setSecret(null);
  };
  return (
    <FormDialog
      open={props.open}
      title={secret ? 'patron.apiKeys.secretTitle' : 'patron.apiKeys.createTitle'}
      testId="api-key"
      maxWidth="sm"
      onClose={secret ? () => {} : close}
    >
      {secret ? (
        <SecretShownOnce secret={secret} onDone={close} texts="patron.apiKeys" testId="api-key" />
      ) : (
        <CreateForm
          onClose={close}
          onCreated={(created) => {
            setSecret(created);
            props.onCreated();
          }}
        />
      )}
    </FormDialog>
  );
}
