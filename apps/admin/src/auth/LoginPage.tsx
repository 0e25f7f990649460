import Lock from '@mui/icons-material/Lock';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import {
  Avatar,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  IconButton,
  InputAdornment,
  TextField,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useCheckAuth, useLogin, useNavigate, useNotify, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { latinDigits } from '../i18n/digits';
import { LocaleSwitcher } from '../preferences/LocaleSwitcher';
import { usePreferences } from '../preferences/usePreferences';
import { warmListFormats } from '../preferences/warmListFormats';
import { CodeNeeded, forgetSignedIn } from './authProvider';

interface Credentials {
  username: string;
  password: string;
}

/**
 * Sign-in by email and password; the language can be picked before signing in. Two plain fields
 * rather than react-admin's form inputs: those bring react-hook-form (15 KB gzip) into the first
 * screen for two required fields.
 */
function LoginForm() {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [values, setValues] = useState<Credentials>({ username: '', password: '' });
  const [checked, setChecked] = useState(false);
  const [shown, setShown] = useState(false);
  // Set once the password was right and a code is needed: the form asks for the code instead.
  const [challenge, setChallenge] = useState<string | null>(null);
  const [code, setCode] = useState('');
  // Back to the page a lapsed session left; else straight to the home page, not through "/" and its
  // redirect: the customer list, or the dashboard for those who hold reports.read (authProvider.login).
  const returning = Boolean((useLocation().state as { nextPathname?: string } | null)?.nextPathname);
  const missing = (name: keyof Credentials) => checked && values[name].trim() === '';
  const change = (name: keyof Credentials) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: event.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (challenge ? code.trim() === '' : values.username.trim() === '' || values.password.trim() === '')
      return;
    setBusy(true);
    try {
      // The list's data is asked with the sign-in only when the list is where it lands.
      const step = challenge ? { challenge, code: latinDigits(code.trim()) } : values;
      await login({ ...step, opensList: !returning }, returning ? undefined : '/customers');
    } catch (error) {
      if (error instanceof CodeNeeded) {
        setChallenge(error.challenge);
        setChecked(false);
        return;
      }
      // Already in the user's language (or react-admin's key): shown as is.
      const message = (error as Error).message || 'ra.auth.sign_in_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setBusy(false);
    }
  };
  const required = translate('ra.validation.required');
  return (
    <Box data-testid="login-form">
      <form onSubmit={submit} noValidate>
        <CardContent>
          <Typography variant="h6" component="h1" align="center" gutterBottom>
            {translate('patron.auth.title')}
          </Typography>
          {challenge ? (
            <TextField
              id="code"
              name="code"
              label={translate('patron.auth.code')}
              autoComplete="one-time-code"
              autoFocus
              required
              value={code}
              onChange={(event) => setCode(event.target.value)}
              error={checked && code.trim() === ''}
              helperText={translate('patron.auth.codeHelp')}
              slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': 'login-code' } }}
              size="small"
              margin="dense"
              fullWidth
            />
          ) : (
            <>
              <TextField
                id="username"
                name="username"
                type="email"
                label={translate('patron.auth.email')}
                autoComplete="username"
                required
                value={values.username}
                onChange={change('username')}
                error={missing('username')}
                helperText={missing('username') ? required : ' '}
                slotProps={{ htmlInput: { dir: 'ltr' } }}
                size="small"
                margin="dense"
                fullWidth
              />
              <TextField
                id="password"
                name="password"
                type={shown ? 'text' : 'password'}
                label={translate('patron.auth.password')}
                autoComplete="current-password"
                required
                value={values.password}
                onChange={change('password')}
                error={missing('password')}
                helperText={missing('password') ? required : ' '}
                size="small"
                margin="dense"
                fullWidth
                slotProps={{
                  input: {
                    endAdornment: (
                      <InputAdornment position="end">
                        <IconButton
                          aria-label={translate(
                            shown ? 'ra.input.password.toggle_hidden' : 'ra.input.password.toggle_visible',
                          )}
                          onClick={() => setShown((s) => !s)}
                          size="large"
                        >
                          {shown ? <Visibility /> : <VisibilityOff />}
                        </IconButton>
                      </InputAdornment>
                    ),
                  },
                }}
              />
            </>
          )}
          <Button
            type="submit"
            variant="contained"
            fullWidth
            disabled={busy}
            data-testid="login-submit"
            startIcon={busy ? <CircularProgress size={18} color="inherit" /> : undefined}
            sx={{ mt: 1 }}
          >
            {translate(challenge ? 'patron.auth.verify' : 'patron.auth.signIn')}
          </Button>
          {challenge && (
            <Button fullWidth size="small" sx={{ mt: 1 }} onClick={() => setChallenge(null)}>
              {translate('patron.auth.back')}
            </Button>
          )}
          <Box sx={{ mt: 2, display: 'flex', justifyContent: 'center' }}>
            <LocaleSwitcher />
          </Box>
        </CardContent>
      </form>
    </Box>
  );
}

export function LoginPage() {
  const queries = useQueryClient();
  // Whoever reaches the sign-in page is checked by the server, not by the identity this tab remembers:
  // a session that ended elsewhere (cookies cleared, signed out on another tab) must not bounce back in,
  // and the next person signing in must not see the last one's menu while their own permissions load.
  useState(() => {
    forgetSignedIn();
    queries.removeQueries({ queryKey: ['auth'] });
  });
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();
  const { locale, calendar } = usePreferences();
  // After the page has painted: the cost falls while the user types.
  useEffect(() => warmListFormats(locale, calendar), [locale, calendar]);
  // Already signed in (a session cookie this tab did not know of): on to the home page, as react-admin's does.
  useEffect(() => {
    checkAuth({}, false).then(
      () => navigate('/'),
      () => undefined,
    );
  }, [checkAuth, navigate]);
  // react-admin's <Login> page and classes; its default form (react-hook-form) stays out of the bundle.
  return (
    <Box
      className="RaLogin-root"
      sx={{
        display: 'flex',
        flexDirection: 'column',
        minHeight: '100vh',
        height: '1px',
        alignItems: 'center',
        justifyContent: 'flex-start',
        backgroundImage: 'radial-gradient(circle at 50% 14em, #313264 0%, #00023b 60%, #00023b 100%)',
      }}
    >
      <Card className="RaLogin-card" sx={{ minWidth: 300, marginTop: '6em' }}>
        <Box className="RaLogin-avatar" sx={{ margin: '1em', display: 'flex', justifyContent: 'center' }}>
          <Avatar className="RaLogin-icon" sx={{ bgcolor: 'secondary.500' }}>
            <Lock />
          </Avatar>
        </Box>
        <LoginForm />
      </Card>
    </Box>
  );
}
