import { Alert, Box, Button, DialogActions, DialogContent, TextField, Typography } from '@mui/material';
import { type FormEvent, useEffect, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { FormDialog, GeneralErrors } from '../common/FormDialog';
import { type PlacedErrors, placeFailure } from '../common/placeErrors';
import { latinDigits } from '../i18n/digits';
import { useProblemText } from '../problems/useProblemText';
import {
  ConfirmTwoFactorMutation,
  MyTwoFactorQuery,
  StartTwoFactorEnrolmentMutation,
  TurnOffTwoFactorMutation,
} from './documents';

const NO_ERRORS: PlacedErrors = { fields: {}, general: [] };

type Stage =
  | { kind: 'loading' }
  | { kind: 'off' }
  | { kind: 'on'; left: number }
  | { kind: 'scan'; secret: string; qr: string }
  | { kind: 'codes'; codes: string[] };

/**
 * One's own two-factor sign-in: set up (QR code and the secret as text, then a first code), the
 * recovery codes shown once with copy and download, and turning it off with a code or the password.
 * `forced` (the workspace requires it for one's role): it cannot be dismissed, only left by signing
 * out (`onClose`); `onDone` once the recovery codes were seen.
 */
export function TwoFactorDialog(props: {
  open: boolean;
  forced?: boolean;
  onClose(): void;
  onDone?(): void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const text = useProblemText();
  const [stage, setStage] = useState<Stage>({ kind: 'loading' });
  const [input, setInput] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<PlacedErrors>(NO_ERRORS);
  const { open } = props;
  useEffect(() => {
    if (!open) return;
    setInput('');
    setErrors(NO_ERRORS);
    setStage({ kind: 'loading' });
    apollo.query({ query: MyTwoFactorQuery, fetchPolicy: 'network-only' }).then(
      ({ data }) =>
        setStage(
          data?.myTwoFactor.enabled
            ? { kind: 'on', left: data.myTwoFactor.recoveryCodesLeft }
            : { kind: 'off' },
        ),
      (error) => setErrors(placeFailure(error, [])),
    );
  }, [open]);
  const run = async (work: () => Promise<void>, inputs: string[]) => {
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await work();
    } catch (error) {
      setErrors(placeFailure(error, inputs));
    } finally {
      setBusy(false);
    }
  };
  const start = () =>
    run(async () => {
      const { data } = await apollo.mutate({ mutation: StartTwoFactorEnrolmentMutation });
      if (data)
        setStage({
          kind: 'scan',
          secret: data.startTwoFactorEnrolment.secret,
          qr: data.startTwoFactorEnrolment.qr,
        });
    }, []);
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    run(async () => {
      const { data } = await apollo.mutate({
        mutation: ConfirmTwoFactorMutation,
        variables: { code: latinDigits(input.trim()) },
      });
      setInput('');
      if (data) setStage({ kind: 'codes', codes: data.confirmTwoFactor });
    }, ['code']);
  };
  const turnOff = (event: FormEvent) => {
    event.preventDefault();
    run(async () => {
      await apollo.mutate({
        mutation: TurnOffTwoFactorMutation,
        variables: { proof: latinDigits(input.trim()) },
      });
      setInput('');
      notify('patron.twoFactor.turnedOff', { type: 'info' });
      setStage({ kind: 'off' });
    }, ['proof']);
  };
  const fieldError = (name: string) =>
    errors.fields[name] ? { error: true, helperText: text(errors.fields[name]) } : {};
  const codeField = (name: 'code' | 'proof', label: string) => (
    <TextField
      fullWidth
      margin="dense"
      autoFocus
      autoComplete={name === 'code' ? 'one-time-code' : 'off'}
      type={name === 'proof' ? 'password' : 'text'}
      label={translate(label)}
      value={input}
      onChange={(e) => setInput(e.target.value)}
      slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': `two-factor-${name}` } }}
      {...fieldError(name)}
    />
  );
  const close = props.forced ? (
    <Button onClick={props.onClose} data-testid="two-factor-logout">
      {translate('ra.auth.logout')}
    </Button>
  ) : (
    <Button onClick={props.onClose} data-testid="two-factor-close">
      {translate('ra.action.close')}
    </Button>
  );
  return (
    <FormDialog
      open={props.open}
      title="patron.twoFactor.title"
      testId="two-factor"
      maxWidth="sm"
      onClose={props.forced ? () => undefined : props.onClose}
    >
      {stage.kind === 'loading' && (
        <DialogContent>
          <GeneralErrors messages={errors.general} testId="two-factor" />
        </DialogContent>
      )}
      {stage.kind === 'off' && (
        <>
          <DialogContent>
            <Typography data-testid="two-factor-status">
              {translate(props.forced ? 'patron.twoFactor.requiredHelp' : 'patron.twoFactor.offHelp')}
            </Typography>
            <GeneralErrors messages={errors.general} testId="two-factor" />
          </DialogContent>
          <DialogActions>
            {close}
            <Button variant="contained" disabled={busy} onClick={start} data-testid="two-factor-start">
              {translate('patron.twoFactor.start')}
            </Button>
          </DialogActions>
        </>
      )}
      {stage.kind === 'scan' && (
        <form onSubmit={confirm} noValidate>
          <DialogContent>
            <Typography gutterBottom>{translate('patron.twoFactor.scan')}</Typography>
            <Box sx={{ display: 'flex', justifyContent: 'center', my: 1 }}>
              <img src={stage.qr} alt={translate('patron.twoFactor.qrAlt')} width={200} height={200} />
            </Box>
            <Typography variant="body2">{translate('patron.twoFactor.orType')}</Typography>
            <Typography
              dir="ltr"
              data-testid="two-factor-secret"
              sx={{ fontFamily: 'monospace', wordBreak: 'break-all', my: 1, textAlign: 'center' }}
            >
              {stage.secret}
            </Typography>
            {codeField('code', 'patron.twoFactor.code')}
            <GeneralErrors messages={errors.general} testId="two-factor" />
          </DialogContent>
          <DialogActions>
            {close}
            <Button
              type="submit"
              variant="contained"
              disabled={busy || !input.trim()}
              data-testid="two-factor-confirm"
            >
              {translate('patron.twoFactor.confirm')}
            </Button>
          </DialogActions>
        </form>
      )}
      {stage.kind === 'codes' && <RecoveryCodes codes={stage.codes} onDone={props.onDone ?? props.onClose} />}
      {stage.kind === 'on' && (
        <form onSubmit={turnOff} noValidate>
          <DialogContent>
            <Alert severity="success" data-testid="two-factor-status">
              {translate('patron.twoFactor.on', { left: stage.left })}
            </Alert>
            <Typography sx={{ mt: 2 }}>{translate('patron.twoFactor.turnOffHelp')}</Typography>
            {codeField('proof', 'patron.twoFactor.proof')}
            <GeneralErrors messages={errors.general} testId="two-factor" />
          </DialogContent>
          <DialogActions>
            {close}
            <Button
              type="submit"
              color="error"
              disabled={busy || !input.trim()}
              data-testid="two-factor-turn-off"
            >
              {translate('patron.twoFactor.turnOff')}
            </Button>
          </DialogActions>
        </form>
      )}
    </FormDialog>
  );
}

/** The recovery codes, this once: each signs in one time when the phone is not at hand. */
function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone(): void }) {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  const all = `${codes.join('\n')}\n`;
  const copy = async () => {
    await navigator.clipboard.writeText(all);
    setCopied(true);
  };
  const download = () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([all], { type: 'text/plain' }));
    link.download = 'patron-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('patron.twoFactor.codesWarning')}
        </Alert>
        <Box
          component="ol"
          dir="ltr"
          data-testid="two-factor-recovery-codes"
          sx={{ columns: 2, fontFamily: 'monospace', fontSize: 15, m: 0, pl: 4 }}
        >
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </Box>
        {copied && <Typography variant="body2">{translate('patron.twoFactor.copied')}</Typography>}
      </DialogContent>
      <DialogActions>
        <Button onClick={copy} data-testid="two-factor-copy">
          {translate('patron.twoFactor.copy')}
        </Button>
        <Button onClick={download} data-testid="two-factor-download">
          {translate('patron.twoFactor.download')}
        </Button>
        <Button variant="contained" onClick={onDone} data-testid="two-factor-done">
          {translate('patron.twoFactor.done')}
        </Button>
      </DialogActions>
    </>
  );
}
