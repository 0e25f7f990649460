import { Box, Button, CardContent, CircularProgress, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Form,
  Login,
  PasswordInput,
  required,
  TextInput,
  useLogin,
  useNotify,
  useTranslate,
} from 'react-admin';
import { useLocation } from 'react-router-dom';
import { LocaleSwitcher } from '../preferences/LocaleSwitcher';
import { forgetSignedIn } from './authProvider';

interface Credentials {
  username: string;
  password: string;
}

/** Sign-in by email and password; the language can be picked before signing in. */
function LoginForm() {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  // Back to the page a lapsed session left; else straight to the customer list, not through "/" and its redirect.
  const returning = Boolean((useLocation().state as { nextPathname?: string } | null)?.nextPathname);
  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    try {
      await login(values as unknown as Credentials, returning ? undefined : '/customers');
    } catch (error) {
      // Already in the user's language (or react-admin's key): shown as is.
      const message = (error as Error).message || 'ra.auth.sign_in_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box data-testid="login-form">
      <Form onSubmit={submit} noValidate>
        <CardContent>
          <Typography variant="h6" component="h1" align="center" gutterBottom>
            {translate('patron.auth.title')}
          </Typography>
          <TextInput
            source="username"
            type="email"
            label="patron.auth.email"
            autoComplete="username"
            validate={required()}
            slotProps={{ htmlInput: { dir: 'ltr' } }}
            fullWidth
          />
          <PasswordInput
            source="password"
            label="patron.auth.password"
            autoComplete="current-password"
            validate={required()}
            fullWidth
          />
          <Button
            type="submit"
            variant="contained"
            fullWidth
            disabled={busy}
            data-testid="login-submit"
            startIcon={busy ? <CircularProgress size={18} color="inherit" /> : undefined}
            sx={{ mt: 1 }}
          >
            {translate('patron.auth.signIn')}
          </Button>
          <Box sx={{ mt: 2, display: 'flex', justifyContent: 'center' }}>
            <LocaleSwitcher />
          </Box>
        </CardContent>
      </Form>
    </Box>
  );
}

export function LoginPage() {
  // Whoever reaches the sign-in page is checked by the server, not by the identity this tab remembers:
  // a session that ended elsewhere (cookies cleared, signed out on another tab) must not bounce back in.
  useState(forgetSignedIn);
  return (
    <Login>
      <LoginForm />
    </Login>
  );
}
