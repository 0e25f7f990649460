import LanguageIcon from '@mui/icons-material/Language';
import { MenuItem, type SelectProps, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { isUiLocale, LOCALES } from '../i18n/locales';
import { usePreferences } from './usePreferences';

/** The interface language; remembered for this staff member on the server. */
export function LocaleSwitcher() {
  const translate = useTranslate();
  const { locale, setLocale } = usePreferences();
  return (
    <TextField
      select
      size="small"
      variant="outlined"
      value={locale}
      onChange={(e) => isUiLocale(e.target.value) && setLocale(e.target.value)}
      slotProps={{
        // The test id lands on the visible select, which opens the menu when clicked.
        select: {
          'data-testid': 'locale-switcher',
          inputProps: { 'aria-label': translate('patron.locale.label') },
        } as Partial<SelectProps>,
        input: { startAdornment: <LanguageIcon fontSize="small" sx={{ mr: 1 }} /> },
      }}
      sx={{ minWidth: 150, bgcolor: 'background.paper', borderRadius: 1 }}
    >
      {LOCALES.map((l) => (
        <MenuItem key={l} value={l} data-testid={`locale-${l}`} lang={l}>
          {translate(`patron.locale.${l}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
