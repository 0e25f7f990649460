import {
  Checkbox,
  DialogContent,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Stack,
  Switch,
  TextField,
} from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { FormDialog, FormDialogActions, GeneralErrors } from '../common/FormDialog';
import { type PlacedErrors, placeFailure } from '../common/placeErrors';
import { SecretShownOnce } from '../common/SecretShownOnce';
import type { WebhookFieldsFragment } from '../gql/graphql';
import { useProblemText } from '../problems/useProblemText';
import { CreateWebhookMutation, UpdateWebhookMutation } from './documents';

const NO_ERRORS: PlacedErrors = { fields: {}, general: [] };
const INPUTS = ['name', 'url', 'events'];
const ALL = '*';

/** Name, address, events (ticked, or all) and the enabled switch; a new webhook's secret after. */
function WebhookForm(props: {
  webhook: WebhookFieldsFragment | null;
  eventTypes: readonly string[];
  onClose(): void;
  onSaved(secret: string | null): void;
}) {
  const translate = useTranslate();
  const text = useProblemText();
  const [name, setName] = useState(props.webhook?.name ?? '');
  const [url, setUrl] = useState(props.webhook?.url ?? 'https://');
  const [events, setEvents] = useState<ReadonlySet<string>>(new Set(props.webhook?.events ?? []));
  const [enabled, setEnabled] = useState(props.webhook?.enabled ?? true);
  const [errors, setErrors] = useState<PlacedErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const all = events.has(ALL);

  const toggle = (event: string) => {
    const next = new Set(events);
    if (next.has(event)) next.delete(event);
    else next.add(event);
    setEvents(next);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setErrors(NO_ERRORS);
    const input = { name, url, events: all ? [ALL] : [...events], enabled };
    try {
      if (props.webhook) {
        await apollo.mutate({ mutation: UpdateWebhookMutation, variables: { id: props.webhook.id, input } });
        props.onSaved(null);
      } else {
        const result = await apollo.mutate({ mutation: CreateWebhookMutation, variables: { input } });
        if (result.data) props.onSaved(result.data.createWebhook.secret);
      }
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
            label={translate('patron.webhooks.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            {...fieldError('name')}
            slotProps={{ htmlInput: { dir: 'auto', maxLength: 100, 'data-testid': 'webhook-name' } }}
          />
          <TextField
            required
            fullWidth
            label={translate('patron.webhooks.url')}
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            {...fieldError('url')}
            helperText={fieldError('url').helperText ?? translate('patron.webhooks.urlHelp')}
            slotProps={{ htmlInput: { dir: 'ltr', maxLength: 2000, 'data-testid': 'webhook-url' } }}
          />
          <FormControlLabel
            control={
              <Switch
                checked={enabled}
                onChange={(e) => setEnabled(e.target.checked)}
                slotProps={{ input: { 'data-testid': 'webhook-enabled' } as object }}
              />
            }
            label={translate('patron.webhooks.enabled')}
          />
          <FormControl error={Boolean(errors.fields.events)} component="fieldset">
            <FormLabel component="legend">{translate('patron.webhooks.events')}</FormLabel>
            <FormControlLabel
              control={
                <Checkbox
                  size="small"
                  checked={all}
                  onChange={() => toggle(ALL)}
                  slotProps={{ input: { 'data-testid': 'webhook-event-all' } as object }}
                />
              }
              label={translate('patron.webhooks.allEvents')}
            />
            <FormGroup sx={{ display: 'grid', gridTemplateColumns: { sm: '1fr 1fr' } }}>
              {props.eventTypes.map((type) => (
                <FormControlLabel
                  key={type}
                  disabled={all}
                  control={
                    <Checkbox
                      size="small"
                      checked={all || events.has(type)}
                      onChange={() => toggle(type)}
                      slotProps={{ input: { 'data-testid': `webhook-event-${type}` } as object }}
                    />
                  }
                  label={
                    <span dir="ltr" style={{ fontFamily: 'monospace', fontSize: 13 }}>
                      {type}
                    </span>
                  }
                />
              ))}
            </FormGroup>
            {errors.fields.events && <FormHelperText>{text(errors.fields.events)}</FormHelperText>}
          </FormControl>
        </Stack>
        <GeneralErrors messages={errors.general} testId="webhook" />
      </DialogContent>
      <FormDialogActions
        testId="webhook"
        submitLabel="patron.webhooks.save"
        disabled={saving || !name.trim() || events.size === 0}
        onClose={props.onClose}
      />
    </form>
  );
}

/** Adding or changing a webhook; a new one's secret is shown once, then forgotten. */
export function WebhookDialog(props: {
  open: boolean;
  webhook: WebhookFieldsFragment | null;
  eventTypes: readonly string[];
  onClose(): void;
  onSaved(): void;
}) {
  const [secret, setSecret] = useState<string | null>(null);
  const close = () => {
    props.onClose();
    setSecret(null);
  };
  const title = secret
    ? 'patron.webhooks.secretTitle'
    : props.webhook
      ? 'patron.webhooks.editTitle'
      : 'patron.webhooks.createTitle';
  return (
    <FormDialog
      open={props.open}
      title={title}
      testId="webhook"
      maxWidth="sm"
      onClose={secret ? () => {} : close}
    >
      {secret ? (
        <SecretShownOnce secret={secret} onDone={close} texts="patron.webhooks" testId="webhook" />
      ) : (
        <WebhookForm
          webhook={props.webhook}
          eventTypes={props.eventTypes}
          onClose={close}
          onSaved={(created) => {
            props.onSaved();
            if (created) setSecret(created);
            else close();
          }}
        />
      )}
    </FormDialog>
  );
}
