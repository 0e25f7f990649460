import { CacheProvider } from '@emotion/react';
import { Box, Container, CssBaseline, ThemeProvider, Typography } from '@mui/material';
import { createTheme } from '@mui/material/styles';
import { useEffect, useMemo, useRef, useState } from 'react';
import { isRtl, type UiLocale } from '../i18n/locales';
import { ltrCache } from '../layout/ltrCache';
import { rtlCache } from '../layout/rtlCache';
import type { AccountFields } from './account';
import { probe, Refusal } from './api';
import { MyAccountQuery } from './documents';
import { hashPageWorkspace } from './hashPages';
import { LanguageMenu } from './LanguageMenu';
import { AccountPage, ForgotPasswordPage, JoinPage, SetPasswordPage } from './pages';
import { refuseIn } from './problemTexts';
import type { PasswordLink } from './SetPasswordPage';
import { SignInPage } from './SignInPage';
import { WordsContext } from './WordsContext';
import { initialLocale, memory, wordsFor } from './words';

// Vazirmatn is bundled and has Latin and Cyrillic too, as in the admin.
const FONT_STACK = 'Vazirmatn, Roboto, "Segoe UI", Tahoma, Arial, sans-serif';

/** The page an emailed link opens: an invitation's (`set-password`) or a forgotten password's (`reset-password`). */
function passwordLinkPage(): PasswordLink | null {
  const page = /^\/self-service\/(set|reset)-password\/?$/.exec(window.location.pathname)?.[1];
  return page === 'set' ? 'invitation' : page === 'reset' ? 'reset' : null;
}

/**
 * The customer's pages: setting the password from an invitation's or a reset's link, signing in,
 * joining, a forgotten password, and their account.
 */
export function SelfServiceApp() {
  const [locale, setLocale] = useState<UiLocale>(() =>
    initialLocale(memory.get('locale'), navigator.languages ?? [navigator.language]),
  );
  const rtl = isRtl(locale);
  const words = useMemo(() => wordsFor(locale), [locale]);
  const theme = useMemo(
    () =>
      createTheme({
        direction: rtl ? 'rtl' : 'ltr',
        palette: { primary: { main: '#1f5f8b' }, error: { main: '#c62828' } },
        typography: { fontFamily: FONT_STACK },
      }),
    [rtl],
  );
  const [passwordLink, setPasswordLink] = useState(passwordLinkPage);
  const settingPassword = passwordLink !== null;
  // Joining and a forgotten password live in the hash (`#/join?w=…`), so the sign-in page's links open them in place.
  const [joining, setJoining] = useState(() => hashPageWorkspace('join', window.location.hash));
  const [forgot, setForgot] = useState(() => hashPageWorkspace('forgot', window.location.hash));
  useEffect(() => {
    const follow = () => {
      setJoining(hashPageWorkspace('join', window.location.hash));
      setForgot(hashPageWorkspace('forgot', window.location.hash));
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  // undefined while it is asked whether the session cookie is still good; null when signed out.
  const [account, setAccount] = useState<AccountFields | null | undefined>(
    settingPassword ? null : undefined,
  );

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = rtl ? 'rtl' : 'ltr';
    document.title = words.t('title');
  }, [locale, rtl, words]);

  // The language's refusal texts come after the first screen is drawn; api.ts `call` waits for them.
  useEffect(() => {
    void refuseIn(locale).catch(() => undefined);
  }, [locale]);

  useEffect(() => {
    if (settingPassword) return;
    probe(MyAccountQuery)
      .then((data) => setAccount(data.myAccount))
      .catch((error) => {
        if (error instanceof Refusal) setAccount(null);
        else throw error;
      });
  }, [settingPassword]);

  const signedIn = (next: AccountFields) => {
    setAccount(next);
    if (settingPassword || joining !== null || forgot !== null) {
      window.history.replaceState(null, '', '/self-service/');
      setPasswordLink(null);
      setJoining(null);
      setForgot(null);
    }
  };
  // The page turns to a language once its refusal texts are in (offline, at once), so a refusal on
  // screen never reads in the previous language or in none; the last choice wins.
  const chosen = useRef(locale);
  const chooseLocale = (next: UiLocale) => {
    memory.set('locale', next);
    chosen.current = next;
    void refuseIn(next)
      .catch(() => undefined)
      .then(() => {
        if (chosen.current === next) setLocale(next);
      });
  };

  return (
    <CacheProvider value={rtl ? rtlCache : ltrCache}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <WordsContext.Provider value={words}>
          <Box component="header" sx={{ bgcolor: 'primary.main', color: 'primary.contrastText', py: 1.5 }}>
            <Container maxWidth="sm" sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
              <Typography component="h1" variant="h6" sx={{ flexGrow: 1 }}>
                {words.t('title')}
              </Typography>
              <LanguageMenu locale={locale} label={words.t('language')} onChoose={chooseLocale} />
            </Container>
          </Box>
          <Container component="main" maxWidth="sm" sx={{ py: 3 }}>
            {passwordLink ? (
              <SetPasswordPage key={passwordLink} link={passwordLink} onSignedIn={signedIn} />
            ) : joining !== null && !account ? (
              <JoinPage workspace={joining} onSignedIn={signedIn} />
            ) : forgot !== null && !account ? (
              <ForgotPasswordPage workspace={forgot} onSignedIn={signedIn} />
            ) : account === null ? (
              <SignInPage onSignedIn={signedIn} />
            ) : account ? (
              <AccountPage account={account} onSignedOut={() => setAccount(null)} onChanged={setAccount} />
            ) : null}
          </Container>
        </WordsContext.Provider>
      </ThemeProvider>
    </CacheProvider>
  );
}
