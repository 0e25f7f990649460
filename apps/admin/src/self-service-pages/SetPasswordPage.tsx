import { Alert, Button, Link, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { AccountFields } from './account';
import { workspaceOfToken } from './addresses';
import { call } from './api';
import { hashPageHref } from './hashPages';
import { PasswordField } from './PasswordField';
import { ResetPasswordMutation, SetPasswordMutation } from './passwordDocuments';
import { useForm } from './useForm';
import { useWords } from './WordsContext';
import { memory } from './words';

/** Whose link opened the page: an invitation's, or the email of a forgotten password. */
export type PasswordLink = 'invitation' | 'reset';

/** The page of an invitation's or a reset email's link: the customer chooses a password and is signed in. */
export function SetPasswordPage({
  link,
  onSignedIn,
}: {
  link: PasswordLink;
  onSignedIn(account: AccountFields): void;
}) {
  const words = useWords();
  const reset = link === 'reset';
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const form = useForm(['password', 'repeat'] as const);
  const workspace = workspaceOfToken(token);
  if (!token)
    return (
      <Alert severity="warning" data-testid="ss-no-token">
        {words.t(reset ? 'reset.noToken' : 'setPassword.noToken')}
      </Alert>
    );
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (password !== repeat) return form.refuseHere('repeat', words.t('setPassword.mismatch'));
    await form.submit(async () => {
      const account = reset
        ? (await call(ResetPasswordMutation, { token, password })).resetCustomerPassword
        : (await call(SetPasswordMutation, { token, password })).setSelfServicePassword;
      // Later sign-ins need the workspace, which only the link's token names.
      if (workspace) memory.set('workspace', workspace);
      onSignedIn(account);
    });
  };
  return (
    <Paper component="form" onSubmit={save} sx={{ p: { xs: 2, sm: 3 } }} data-testid="ss-set-password">
      <Stack spacing={2}>
        <Typography component="h2" variant="h5">
          {words.t(reset ? 'reset.title' : 'setPassword.title')}
        </Typography>
        <Typography color="text.secondary">{words.t('setPassword.help')}</Typography>
        {form.general && (
          <Alert severity="error" data-testid="ss-error">
            {form.general}
          </Alert>
        )}
        <PasswordField
          label={words.t('password')}
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={Boolean(form.fieldError('password'))}
          helperText={form.fieldError('password')}
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
        {reset && workspace && (
          <Link href={hashPageHref('forgot', workspace)} data-testid="ss-reset-again">
            {words.t('reset.askAgain')}
          </Link>
        )}
      </Stack>
    </Paper>
  );
}
