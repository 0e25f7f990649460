import { Alert, Button, Link, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { latinDigits, persianDigits } from '../i18n/digits';
import type { AccountFields } from './account';
import { call } from './api';
import { PasswordField } from './PasswordField';
import { FinishPasswordResetMutation, StartPasswordResetMutation } from './passwordDocuments';
import { useForm } from './useForm';
import { useWords } from './WordsContext';
import { memory } from './words';

type Step = 'ask' | 'code' | 'emailed';

/**
 * "Forgot password?": the mobile or email, then either the SMS code with a new password (signed in
 * at once) or word that a link went to the email. The page says "if an account has it" either way:
 * the server answers the same for a stranger.
 */
export function ForgotPasswordPage({
  workspace,
  onSignedIn,
}: {
  workspace: string;
  onSignedIn(account: AccountFields): void;
}) {
  const words = useWords();
  const [step, setStep] = useState<Step>('ask');
  const [login, setLogin] = useState('');
  const [resetId, setResetId] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const form = useForm(['login', 'code', 'password', 'repeat'] as const);
  if (!workspace)
    return (
      <Alert severity="info" data-testid="ss-no-workspace">
        {words.t('signIn.noWorkspace')}
      </Alert>
    );
  const byEmail = login.includes('@');
  const typed = byEmail ? login.trim() : words.locale === 'fa' ? persianDigits(login) : latinDigits(login);
  // Isolated left to right, so a Persian sentence keeps a "+98…" or an email in one piece.
  const shownLogin = `\u2066${typed}\u2069`;

  const ask = async (event: React.FormEvent) => {
    event.preventDefault();
    await form.submit(async () => {
      const data = await call(StartPasswordResetMutation, {
        workspace,
        login: byEmail ? login : latinDigits(login),
        language: words.locale,
      });
      setResetId(data.startCustomerPasswordReset);
      setCode('');
      setStep(byEmail ? 'emailed' : 'code');
    });
  };
  const finish = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!resetId) return;
    if (password !== repeat) return form.refuseHere('repeat', words.t('setPassword.mismatch'));
    await form.submit(async () => {
      const data = await call(FinishPasswordResetMutation, {
        resetId,
        code: latinDigits(code).trim(),
        password,
      });
      memory.set('workspace', workspace);
      onSignedIn(data.finishCustomerPasswordReset);
    });
  };
  const error = form.general && (
    <Alert severity="error" data-testid="ss-error">
      {form.general}
    </Alert>
  );
  const again = (
    <Button variant="text" onClick={() => setStep('ask')} data-testid="ss-forgot-again">
      {words.t(step === 'emailed' ? 'forgot.otherLogin' : 'forgot.again')}
    </Button>
  );
  const backToSignIn = (
    <Link href={`/self-service/?workspace=${encodeURIComponent(workspace)}`} data-testid="ss-back-to-sign-in">
      {words.t('forgot.backToSignIn')}
    </Link>
  );

  if (step === 'emailed')
    return (
      <Paper sx={{ p: { xs: 2, sm: 3 } }} data-testid="ss-forgot-emailed">
        <Stack spacing={2}>
          <Typography component="h2" variant="h5">
            {words.t('forgot.emailTitle')}
          </Typography>
          <Alert severity="success">{words.t('forgot.emailSent', { email: shownLogin })}</Alert>
          {again}
          {backToSignIn}
        </Stack>
      </Paper>
    );

  if (step === 'code')
    return (
      <Paper component="form" onSubmit={finish} sx={{ p: { xs: 2, sm: 3 } }} data-testid="ss-forgot-code">
        <Stack spacing={2}>
          <Typography component="h2" variant="h5">
            {words.t('forgot.codeTitle')}
          </Typography>
          <Typography color="text.secondary">{words.t('forgot.codeSent', { mobile: shownLogin })}</Typography>
          {error}
          <TextField
            fullWidth
            required
            label={words.t('join.code')}
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={Boolean(form.fieldError('code'))}
            helperText={form.fieldError('code')}
            slotProps={{ htmlInput: { dir: 'ltr', inputMode: 'numeric', 'data-testid': 'ss-code' } }}
          />
          <PasswordField
            label={words.t('forgot.newPassword')}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={Boolean(form.fieldError('password'))}
            helperText={form.fieldError('password') ?? words.t('setPassword.help')}
            testId="ss-password"
          />
          <PasswordField
            label={words.t('setPassword.repeat')}
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            error={Boolean(form.fieldError('repeat'))}
            helperText={form.fieldError('repeat')}
            testId="ss-repeat"
          />
          <Button type="submit" variant="contained" size="large" disabled={form.busy} data-testid="ss-submit">
            {words.t('setPassword.submit')}
          </Button>
          {again}
        </Stack>
      </Paper>
    );

  return (
    <Paper component="form" onSubmit={ask} sx={{ p: { xs: 2, sm: 3 } }} data-testid="ss-forgot">
      <Stack spacing={2}>
        <Typography component="h2" variant="h5">
          {words.t('forgot.title')}
        </Typography>
        <Typography color="text.secondary">{words.t('forgot.help')}</Typography>
        {error}
        <TextField
          fullWidth
          required
          label={words.t('signIn.login')}
          autoComplete="username"
          value={login}
          onChange={(e) => setLogin(e.target.value)}
          error={Boolean(form.fieldError('login'))}
          helperText={form.fieldError('login')}
          slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': 'ss-login' } }}
        />
        <Button type="submit" variant="contained" size="large" disabled={form.busy} data-testid="ss-submit">
          {words.t('forgot.send')}
        </Button>
        {backToSignIn}
      </Stack>
    </Paper>
  );
}
