import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { apollo } from '../api/apollo';
import { UpdatePreferencesMutation } from '../api/documents';
import type { CalendarSystem } from './dates';
import { useUiLocale } from './UiLocaleContext';
import { useCalendar } from './useCalendar';

/** Gregorian or Jalali for every date shown and entered, per staff member. */
export function CalendarSwitcher() {
  const translate = useTranslate();
  const { setCalendar } = useUiLocale();
  const { calendar } = useCalendar();
  const change = (next: CalendarSystem) => {
    setCalendar(next);
    void apollo.mutate({ mutation: UpdatePreferencesMutation, variables: { input: { calendar: next } } });
  };
  return (
    <TextField
      select
      size="small"
      variant="outlined"
      value={calendar}
      onChange={(e) => change(e.target.value as CalendarSystem)}
      aria-label={translate('patron.calendar.label')}
      slotProps={{ select: { 'data-testid': 'calendar-switcher' } as object }}
      sx={{ minWidth: 150, bgcolor: 'background.paper', borderRadius: 1 }}
    >
      {(['GREGORIAN', 'JALALI'] as const).map((c) => (
        <MenuItem key={c} value={c} data-testid={`calendar-${c}`}>
          {translate(`patron.calendar.${c}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
