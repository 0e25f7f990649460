import LanguageIcon from '@mui/icons-material/Language';
import { MenuItem, type SelectProps, TextField } from '@mui/material';
import { useEffect } from 'react';
import { useI18nProvider, useTranslate } from 'react-admin';
import { isUiLocale, LOCALES } from '../i18n/locales';
import { usePreferences } from './usePreferences';

/** The interface language; remembered for this staff member on the server. */
export function LocaleSwitcher() {
  const translate = useTranslate();
  const { locale, setLocale } = usePreferences();
  const i18n = useI18nProvider();
  // The language whose texts are in force: react-admin redraws everything once a newly chosen
  // language's texts have arrived, so until then the screen still speaks the previous one.
  useEffect(() => {
    document.documentElement.dataset.texts = i18n.getLocale();
  });
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
