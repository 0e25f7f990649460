import { Alert, Button, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { ChangeMyPasswordMutation } from './accountDocuments';
import { call } from './api';
import { PasswordField } from './PasswordField';
import { useForm } from './useForm';
import { useWords } from './WordsContext';

/** The customer changes their password; the server signs their other devices out. */
export function ChangePasswordForm() {
  const words = useWords();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [done, setDone] = useState(false);
  const form = useForm(['currentPassword', 'newPassword'] as const);
  const change = async (event: React.FormEvent) => {
    event.preventDefault();
    setDone(false);
    const changed = await form.submit(async () => {
      await call(ChangeMyPasswordMutation, { currentPassword, newPassword });
    });
    if (!changed) return;
    setCurrent('');
    setNew('');
    setDone(true);
  };
  return (
    <Paper component="form" onSubmit={change} sx={{ p: { xs: 2, sm: 3 } }} data-testid="ss-change-password">
      <Stack spacing={2}>
        <Typography component="h2" variant="h6">
          {words.t('changePassword.title')}
        </Typography>
        {form.general && <Alert severity="error">{form.general}</Alert>}
        {done && (
          <Alert severity="success" data-testid="ss-password-changed">
            {words.t('changePassword.done')}
          </Alert>
        )}
        <PasswordField
          label={words.t('changePassword.current')}
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
          error={Boolean(form.fieldError('currentPassword'))}
          helperText={form.fieldError('currentPassword')}
          testId="ss-current-password"
        />
        <PasswordField
          label={words.t('changePassword.new')}
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNew(e.target.value)}
          error={Boolean(form.fieldError('newPassword'))}
          helperText={form.fieldError('newPassword')}
          testId="ss-new-password"
        />
        <Button type="submit" variant="outlined" disabled={form.busy}>
          {words.t('changePassword.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
