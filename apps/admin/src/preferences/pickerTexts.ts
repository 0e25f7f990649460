import type { PickersLocaleText } from '@mui/x-date-pickers';
import { enUS, faIR, ruRU } from '@mui/x-date-pickers/locales';

import type { UiLocale } from '../i18n/locales';

const textsOf = (texts: typeof enUS) => texts.components.MuiLocalizationProvider.defaultProps.localeText;

/** An empty Persian date field reads «سال/ماه/روز», not MUI's Latin YYYY/MM/DD. */
const PERSIAN_PLACEHOLDERS: Partial<PickersLocaleText> = {
  fieldYearPlaceholder: () => 'سال',
  fieldMonthPlaceholder: () => 'ماه',
  fieldDayPlaceholder: () => 'روز',
  fieldWeekDayPlaceholder: () => 'روز هفته',
  fieldHoursPlaceholder: () => 'ساعت',
  fieldMinutesPlaceholder: () => 'دقیقه',
  fieldSecondsPlaceholder: () => 'ثانیه',
  fieldMeridiemPlaceholder: () => 'ق.ظ',
};

/** The pickers' texts (labels, placeholders) in each language. */
export const PICKER_TEXTS: Record<UiLocale, Partial<PickersLocaleText>> = {
  en: textsOf(enUS),
  ru: textsOf(ruRU),
  fa: { ...textsOf(faIR), ...PERSIAN_PLACEHOLDERS },
};

/** The weekdays' initials as Persian calendars head their columns (ش for شنبه…), by getDay: Sunday is 0. */
const PERSIAN_WEEKDAYS = ['ی', 'د', 'س', 'چ', 'پ', 'ج', 'ش'];

/**
 * The calendar's column heads: Persian initials in fa (MUI's default keeps the first character of
 * date-fns's «۱ش», «۲ش»…, a row of digits); the default's first letter elsewhere.
 */
export function dayOfWeekFormatter(locale: string): ((date: Date) => string) | undefined {
  return locale === 'fa' ? (date) => PERSIAN_WEEKDAYS[date.getDay()] ?? '' : undefined;
}
