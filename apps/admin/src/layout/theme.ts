import { defaultTheme, type RaThemeOptions } from 'react-admin';

// Vazirmatn is bundled (@fontsource) and has Latin and Cyrillic too, so one stack fits all three languages.
const FONT_STACK = 'Vazirmatn, Roboto, "Segoe UI", Tahoma, Arial, sans-serif';

export function patronTheme(rtl: boolean): RaThemeOptions {
  return {
    ...defaultTheme,
    direction: rtl ? 'rtl' : 'ltr',
    palette: { primary: { main: '#1f5f8b' }, secondary: { main: '#c2562b' } },
    typography: { fontFamily: FONT_STACK },
  };
}
