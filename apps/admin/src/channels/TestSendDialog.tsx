import { Alert, DialogContent, Stack, TextField, Typography } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { FormDialog, FormDialogActions, GeneralErrors } from '../common/FormDialog';
import { type PlacedErrors, placeFailure } from '../common/placeErrors';
import type { SendTestMessageMutation as Outcome } from '../gql/graphql';
import { useProblemText } from '../problems/useProblemText';
import { SendTestMessageMutation } from './documents';
import type { ChannelAccount } from './types';

const NO_ERRORS: PlacedErrors = { fields: {}, general: [] };

/** The provider's own words (an id, an SMTP answer): left to right inside any language. */
function Said({ label, text }: { label: string; text: string }) {
  return (
    <Typography variant="caption" component="div" sx={{ mt: 0.5, wordBreak: 'break-word' }}>
      {label} <bdi dir="ltr">{text}</bdi>
    </Typography>
  );
}

/** What the provider did with the test message: sent (with its id), or why not and whether it may work later. */
function OutcomeAlert({ outcome }: { outcome: Outcome['sendTestMessage'] }) {
  const translate = useTranslate();
  const text = useProblemText();
  if (outcome.ok)
    return (
      <Alert severity="success" data-testid="channel-test-outcome">
        {translate('patron.channels.sent')}
        {outcome.providerMessageId && (
          <Said label={translate('patron.channels.providerId')} text={outcome.providerMessageId} />
        )}
      </Alert>
    );
  const reason = text({ code: outcome.reason ?? undefined, message: outcome.reason ?? '' });
  return (
    <Alert severity={outcome.retryable ? 'warning' : 'error'} data-testid="channel-test-outcome">
      {translate('patron.channels.failed', { reason })}{' '}
      {translate(outcome.retryable ? 'patron.channels.retryable' : 'patron.channels.notRetryable')}
      {outcome.detail && <Said label={translate('patron.channels.detail')} text={outcome.detail} />}
    </Alert>
  );
}

function TestSendForm({ account, onClose }: { account: ChannelAccount; onClose(): void }) {
  const translate = useTranslate();
  const text = useProblemText();
  const [to, setTo] = useState('');
  const [body, setBody] = useState(() => translate('patron.channels.testText'));
  const [errors, setErrors] = useState<PlacedErrors>(NO_ERRORS);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome['sendTestMessage'] | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSending(true);
    setErrors(NO_ERRORS);
    setOutcome(null);
    try {
      const result = await apollo.mutate({
        mutation: SendTestMessageMutation,
        variables: { accountId: account.id, to, text: body },
      });
      if (result.data) setOutcome(result.data.sendTestMessage);
    } catch (error) {
      setErrors(placeFailure(error, ['to', 'text']));
    } finally {
      setSending(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <DialogContent sx={{ pt: 0 }}>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            autoFocus
            required
            fullWidth
            label={translate('patron.channels.to')}
            value={to}
            onChange={(e) => setTo(e.target.value)}
            error={Boolean(errors.fields.to)}
            helperText={errors.fields.to ? text(errors.fields.to) : translate('patron.channels.toHelp')}
            slotProps={{ htmlInput: { dir: 'ltr', maxLength: 320, 'data-testid': 'channel-test-to' } }}
          />
          <TextField
            required
            fullWidth
            multiline
            minRows={3}
            label={translate('patron.channels.text')}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            error={Boolean(errors.fields.text)}
            helperText={errors.fields.text ? text(errors.fields.text) : undefined}
            slotProps={{ htmlInput: { dir: 'auto', maxLength: 2000, 'data-testid': 'channel-test-text' } }}
          />
          {outcome && <OutcomeAlert outcome={outcome} />}
        </Stack>
        <GeneralErrors messages={errors.general} testId="channel-test" />
      </DialogContent>
      <FormDialogActions
        testId="channel-test"
        submitLabel="patron.channels.send"
        disabled={sending || !to.trim() || !body.trim()}
        onClose={onClose}
      />
    </form>
  );
}

/** Sends one message through the account now and shows the provider's answer. */
export function TestSendDialog({ account, onClose }: { account: ChannelAccount | null; onClose(): void }) {
  const translate = useTranslate();
  return (
    <FormDialog
      open={Boolean(account)}
      title={translate('patron.channels.testTitle', { name: account?.name ?? '' })}
      testId="channel-test"
      maxWidth="sm"
      onClose={onClose}
    >
      {account && <TestSendForm account={account} onClose={onClose} key={account.id} />}
    </FormDialog>
  );
}
