import {
  Alert,
  Button,
  Checkbox,
  FormControlLabel,
  Link,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { latinDigits } from '../i18n/digits';
import type { AccountFields } from './account';
import { call } from './api';
import { FinishSignUpMutation, StartSignUpMutation } from './joinDocuments';
import { PasswordField } from './PasswordField';
import { useForm } from './useForm';
import { useWords } from './WordsContext';
import { memory } from './words';

/**
 * Joining the club: name and mobile, then the SMS code with a password (and, unticked, marketing
 * SMS); the customer lands signed in on their account.
 */
export function JoinPage({
  workspace,
  onSignedIn,
}: {
  workspace: string;
  onSignedIn(account: AccountFields): void;
}) {
  const words = useWords();
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [mobile, setMobile] = useState('');
  const [signUpId, setSignUpId] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [marketing, setMarketing] = useState(false);
  const form = useForm(['firstName', 'lastName', 'mobile', 'code', 'password'] as const);
  if (!workspace)
    return (
      <Alert severity="info" data-testid="ss-no-workspace">
        {words.t('join.noWorkspace')}
      </Alert>
    );

  const start = async (event: React.FormEvent) => {
    event.preventDefault();
    await form.submit(async () => {
      const data = await call(StartSignUpMutation, {
        workspace,
        mobile: latinDigits(mobile),
        firstName,
        lastName: lastName || null,
        language: words.locale,
      });
      setSignUpId(data.startCustomerSignUp);
    });
  };
  const finish = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!signUpId) return;
    await form.submit(async () => {
      const data = await call(FinishSignUpMutation, {
        signUpId,
        code: latinDigits(code).trim(),
        password,
        marketingConsent: marketing,
      });
      memory.set('workspace', workspace);
      onSignedIn(data.finishCustomerSignUp);
    });
  };
  const error = form.general && (
    <Alert severity="error" data-testid="ss-error">
      {form.general}
    </Alert>
  );
  const text = (
    name: 'firstName' | 'lastName' | 'mobile' | 'code',
    value: string,
    set: (v: string) => void,
  ) => ({
    fullWidth: true,
    value,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(e.target.value),
    error: Boolean(form.fieldError(name)),
    helperText: form.fieldError(name),
  });

  if (signUpId)
    return (
      <Paper component="form" onSubmit={finish} sx={{ p: { xs: 2, sm: 3 } }} data-testid="ss-join-code">
        <Stack spacing={2}>
          <Typography component="h2" variant="h5">
            {words.t('join.codeTitle')}
          </Typography>
          <Typography color="text.secondary">
            {words.t('join.codeSent', { mobile: words.locale === 'fa' ? mobile : latinDigits(mobile) })}
          </Typography>
          {error}
          <TextField
            required
            label={words.t('join.code')}
            autoComplete="one-time-code"
            {...text('code', code, setCode)}
            slotProps={{ htmlInput: { dir: 'ltr', inputMode: 'numeric', 'data-testid': 'ss-code' } }}
          />
          <PasswordField
            label={words.t('password')}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={Boolean(form.fieldError('password'))}
            helperText={form.fieldError('password') ?? words.t('setPassword.help')}
            testId="ss-password"
          />
          <FormControlLabel
            control={
              <Checkbox
                checked={marketing}
                onChange={(e) => setMarketing(e.target.checked)}
                slotProps={{ input: { 'data-testid': 'ss-marketing' } as object }}
              />
            }
            label={words.t('join.marketing')}
          />
          <Button type="submit" variant="contained" size="large" disabled={form.busy} data-testid="ss-submit">
            {words.t('join.submit')}
          </Button>
          <Button variant="text" onClick={() => setSignUpId(null)} data-testid="ss-join-again">
            {words.t('join.again')}
          </Button>
        </Stack>
      </Paper>
    );

  return (
    <Paper component="form" onSubmit={start} sx={{ p: { xs: 2, sm: 3 } }} data-testid="ss-join">
      <Stack spacing={2}>
        <Typography component="h2" variant="h5">
          {words.t('join.title')}
        </Typography>
        <Typography color="text.secondary">{words.t('join.help')}</Typography>
        {error}
        <TextField
          required
          label={words.t('join.firstName')}
          autoComplete="given-name"
          {...text('firstName', firstName, setFirstName)}
          slotProps={{ htmlInput: { 'data-testid': 'ss-first-name' } }}
        />
        <TextField
          label={words.t('join.lastName')}
          autoComplete="family-name"
          {...text('lastName', lastName, setLastName)}
          slotProps={{ htmlInput: { 'data-testid': 'ss-last-name' } }}
        />
        <TextField
          required
          type="tel"
          label={words.t('join.mobile')}
          autoComplete="tel"
          {...text('mobile', mobile, setMobile)}
          slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': 'ss-mobile' } }}
        />
        <Button type="submit" variant="contained" size="large" disabled={form.busy} data-testid="ss-submit">
          {words.t('join.send')}
        </Button>
        <Link
          href={`/self-service/?workspace=${encodeURIComponent(workspace)}`}
          data-testid="ss-have-account"
        >
          {words.t('join.haveAccount')}
        </Link>
      </Stack>
    </Paper>
  );
}
