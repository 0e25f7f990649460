import { Alert, Button, Link, Paper, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import type { AccountFields } from './account';
import { call } from './api';
import { SelfSignUpOpenQuery, SignInMutation } from './documents';
import { hashPageHref } from './hashPages';
import { PasswordField } from './PasswordField';
import { AccountPage } from './pages';
import { TextInput } from './TextInput';
import { useForm } from './useForm';
import { useWords } from './WordsContext';
import { memory, workspaceToUse } from './words';

/**
 * Sign-in with the mobile (any form) or email and the password, into the workspace of the address;
 * links to a new password and, where the club takes sign-ups, to joining.
 */
export function SignInPage({ onSignedIn }: { onSignedIn(account: AccountFields): void }) {
  const words = useWords();
  const workspace = workspaceToUse(
    new URLSearchParams(window.location.search).get('workspace'),
    memory.get('workspace'),
  );
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const form = useForm(['login', 'password'] as const);
  // The join link shows only where the club takes sign-ups.
  const [joinOpen, setJoinOpen] = useState(false);
  useEffect(() => {
    if (!workspace) return;
    call(SelfSignUpOpenQuery, { workspace })
      .then((data) => setJoinOpen(data.selfSignUpOpen))
      .catch(() => setJoinOpen(false));
  }, [workspace]);
  if (!workspace)
    return (
      <Alert severity="info" data-testid="ss-no-workspace">
        {words.t('signIn.noWorkspace')}
      </Alert>
    );
  const signIn = async (event: React.FormEvent) => {
    event.preventDefault();
    // The account page's code comes while the password is checked.
    AccountPage.preload();
    await form.submit(async () => {
      const data = await call(SignInMutation, { workspace, login, password });
      memory.set('workspace', workspace);
      onSignedIn(data.customerSignIn);
    });
  };
  return (
    <Paper component="form" onSubmit={signIn} sx={{ p: { xs: 2, sm: 3 } }} data-testid="ss-sign-in">
      <Stack spacing={2}>
        <Typography component="h2" variant="h5">
          {words.t('signIn.title')}
        </Typography>
        {form.general && (
          <Alert severity="error" data-testid="ss-error">
            {form.general}
          </Alert>
        )}
        <TextInput
          label={words.t('signIn.login')}
          autoComplete="username"
          value={login}
          onChange={(e) => setLogin(e.target.value)}
          error={Boolean(form.fieldError('login'))}
          helperText={form.fieldError('login')}
          dir="ltr"
          testId="ss-login"
        />
        <PasswordField
          label={words.t('password')}
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={Boolean(form.fieldError('password'))}
          helperText={form.fieldError('password')}
          testId="ss-password"
        />
        <Button type="submit" variant="contained" size="large" disabled={form.busy} data-testid="ss-submit">
          {words.t('signIn.submit')}
        </Button>
        <Link href={hashPageHref('forgot', workspace)} data-testid="ss-forgot-link">
          {words.t('signIn.forgot')}
        </Link>
        {joinOpen && (
          <Link href={hashPageHref('join', workspace)} data-testid="ss-join-link">
            {words.t('signIn.join')}
          </Link>
        )}
      </Stack>
    </Paper>
  );
}
