import LanguageIcon from '@mui/icons-material/Language';
import { MenuItem, TextField } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { apollo } from '../api/apollo';
import { UpdatePreferencesMutation } from '../api/documents';
import { LOCALES, type UiLocale } from '../i18n/i18nProvider';
import { effectiveCalendar } from './dates';
import { useUiLocale } from './UiLocaleContext';

/** Switches the interface language, and remembers it for this staff member on the server. */
export function LocaleSwitcher() {
  const translate = useTranslate();
  const [, setRaLocale] = useLocaleState();
  const { locale, setLocale, setCalendar } = useUiLocale();
  // A new language brings its usual calendar (Jalali for Persian); the calendar switcher can still override.
  const change = (next: UiLocale) => {
    const calendar = effectiveCalendar(next, null);
    setLocale(next);
    setRaLocale(next);
    setCalendar(calendar);
    void apollo.mutate({
      mutation: UpdatePreferencesMutation,
      variables: { input: { locale: next.toUpperCase() as 'EN' | 'RU' | 'FA', calendar } },
    });
  };
  return (
    <TextField
      select
      size="small"
      variant="outlined"
      value={locale}
      onChange={(e) => change(e.target.value as UiLocale)}
      aria-label={translate('patron.locale.label')}
      slotProps={{
        select: { 'data-testid': 'locale-switcher' } as object,
        input: { startAdornment: <LanguageIcon fontSize="small" sx={{ mr: 1 }} /> },
      }}
      sx={{ minWidth: 150, bgcolor: 'background.paper', borderRadius: 1 }}
    >
      {LOCALES.map((l) => (
        <MenuItem key={l} value={l} data-testid={`locale-${l}`}>
          {translate(`patron.locale.${l.toUpperCase()}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
