import { Box } from '@mui/material';
import { LOCALES, type UiLocale } from '../i18n/locales';

// Each language named in itself, so a customer finds theirs whatever the page is in.
export const LANGUAGE_NAMES: Record<UiLocale, string> = { en: 'English', ru: 'Русский', fa: 'فارسی' };

/**
 * The pages' language: the browser's own select, so a phone opens its own picker and the first
 * screen does not carry MUI's menu (Select, Menu, Popover: ~130 KB).
 */
export function LanguageMenu({
  locale,
  label,
  onChoose,
}: {
  locale: UiLocale;
  label: string;
  onChoose(locale: UiLocale): void;
}) {
  return (
    <Box sx={{ position: 'relative', flexShrink: 0 }}>
      <Box
        component="select"
        value={locale}
        onChange={(e: React.ChangeEvent<HTMLSelectElement>) => onChoose(e.target.value as UiLocale)}
        aria-label={label}
        data-testid="ss-locale"
        sx={{
          appearance: 'none',
          minWidth: 120,
          minHeight: 40,
          // 16px keeps a phone from zooming in when the select takes focus.
          font: 'inherit',
          fontSize: 16,
          color: 'text.primary',
          bgcolor: 'background.paper',
          border: 'none',
          borderRadius: 1,
          cursor: 'pointer',
          paddingBlock: 1,
          paddingInlineStart: 1.5,
          paddingInlineEnd: 4.5,
          '&:focus-visible': { outline: '3px solid', outlineColor: 'warning.light', outlineOffset: 2 },
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </Box>
      {/* The select's arrow, on its end side in either direction; clicks go through to the select. */}
      <Box
        component="svg"
        viewBox="0 0 24 24"
        aria-hidden
        sx={{
          position: 'absolute',
          insetInlineEnd: 8,
          top: '50%',
          width: 24,
          height: 24,
          mt: '-12px',
          pointerEvents: 'none',
          fill: 'currentColor',
          color: 'text.secondary',
        }}
      >
        <path d="M7 10l5 5 5-5z" />
      </Box>
    </Box>
  );
}
