import { MenuItem, type SelectProps, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { dateTimeFormat } from '../../i18n/intlFormats';
import { localeTag } from '../../i18n/locales';
import { useCalendar } from '../../preferences/useCalendar';

/** The API's value of "anniversary in month": a month 1–12 of the Gregorian or the Jalali calendar. */
export interface MonthValue {
  month: number | null;
  calendar: 'gregorian' | 'jalali';
}

const DAY = 86_400_000;

/** Month names in the UI language: Gregorian from mid-month dates, Jalali from mid-month of 1380 (2001). */
export function monthNames(locale: string, calendar: MonthValue['calendar']): string[] {
  const tag = `${localeTag(locale)}-u-ca-${calendar === 'jalali' ? 'persian' : 'gregory'}`;
  const format = dateTimeFormat(tag, { month: 'long', timeZone: 'UTC' });
  // 1 Farvardin 1380 was 21 March 2001; a Jalali month is 29 to 31 days, so +30.5 days lands in the next.
  const farvardin = Date.UTC(2001, 2, 21);
  return Array.from({ length: 12 }, (_, i) =>
    format.format(calendar === 'jalali' ? farvardin + (i * 30.5 + 15) * DAY : Date.UTC(2001, i, 15)),
  );
}

/** A month and its calendar; the calendar starts as the staff member's own. */
export function MonthEditor({
  value,
  onChange,
  error,
}: {
  value: unknown;
  onChange(value: MonthValue): void;
  error?: boolean;
}) {
  const translate = useTranslate();
  const locale = useLocale();
  const { calendar: mine } = useCalendar();
  const current = (value ?? {}) as Partial<MonthValue>;
  const calendar = current.calendar ?? (mine === 'JALALI' ? 'jalali' : 'gregorian');
  const month = typeof current.month === 'number' ? current.month : null;
  return (
    <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap" sx={{ flex: '1 1 300px' }}>
      <TextField
        select
        size="small"
        label={translate('patron.filter.month')}
        value={month ?? ''}
        onChange={(e) => onChange({ month: Number(e.target.value), calendar })}
        error={error}
        sx={{ minWidth: 150, flex: '1 1 150px' }}
        slotProps={{ select: { 'data-testid': 'filter-value-month' } as Partial<SelectProps> }}
      >
        {monthNames(locale, calendar).map((name, i) => (
          <MenuItem key={name} value={i + 1} data-testid={`filter-value-month-option-${i + 1}`}>
            {name}
          </MenuItem>
        ))}
      </TextField>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={calendar}
        onChange={(_e, next) => next && onChange({ month, calendar: next })}
        aria-label={translate('patron.calendar.label')}
      >
        <ToggleButton value="gregorian" data-testid="filter-calendar-gregorian">
          {translate('patron.filter.calendar.GREGORIAN')}
        </ToggleButton>
        <ToggleButton value="jalali" data-testid="filter-calendar-jalali">
          {translate('patron.filter.calendar.JALALI')}
        </ToggleButton>
      </ToggleButtonGroup>
    </Stack>
  );
}
