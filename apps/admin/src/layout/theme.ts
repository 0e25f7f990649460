import createCache from '@emotion/cache';
import { defaultTheme, type RaThemeOptions } from 'react-admin';
import { prefixer } from 'stylis';
import rtlPlugin from 'stylis-plugin-rtl';

const FONTS = {
  ltr: 'Roboto, "Segoe UI", "Helvetica Neue", Arial, sans-serif',
  rtl: 'Vazirmatn, Tahoma, "Segoe UI", sans-serif',
};

export function patronTheme(rtl: boolean): RaThemeOptions {
  return {
    ...defaultTheme,
    direction: rtl ? 'rtl' : 'ltr',
    palette: { primary: { main: '#1f5f8b' }, secondary: { main: '#c2562b' } },
    typography: { fontFamily: rtl ? FONTS.rtl : FONTS.ltr },
  };
}

/** Emotion caches: the RTL one mirrors every style (margins, paddings, positions) for Persian. */
export const ltrCache = createCache({ key: 'mui' });
export const rtlCache = createCache({ key: 'muirtl', stylisPlugins: [prefixer, rtlPlugin] });
