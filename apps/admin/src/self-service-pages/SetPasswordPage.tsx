import { Alert, Button, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { AccountFields } from './account';
import { workspaceOfToken } from './addresses';
import { call } from './api';
import { SetPasswordMutation } from './documents';
import { PasswordField } from './PasswordField';
import { useForm } from './useForm';
import { useWords } from './WordsContext';
import { memory } from './words';

/** The invitation's page: the customer chooses a password and is signed in. */
export function SetPasswordPage({ onSignedIn }: { onSignedIn(account: AccountFields): void }) {
  const words = useWords();
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const form = useForm(['password', 'repeat'] as const);
  if (!token)
    return (
      <Alert severity="warning" data-testid="ss-no-token">
        {words.t('setPassword.noToken')}
      </Alert>
    );
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (password !== repeat) return form.refuseHere('repeat', words.t('setPassword.mismatch'));
    await form.submit(async () => {
      const data = await call(SetPasswordMutation, { token, password });
      // Later sign-ins need the workspace, which only the invitation's token names.
      const workspace = workspaceOfToken(token);
      if (workspace) memory.set('workspace', workspace);
      onSignedIn(data.setSelfServicePassword);
    });
  };
  return (
    <Paper component="form" onSubmit={save} sx={{ p: { xs: 2, sm: 3 } }} data-testid="ss-set-password">
      <Stack spacing={2}>
        <Typography component="h2" variant="h5">
          {words.t('setPassword.title')}
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
      </Stack>
    </Paper>
  );
}
