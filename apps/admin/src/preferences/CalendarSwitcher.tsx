import EventIcon from '@mui/icons-material/Event';
import { MenuItem, type SelectProps, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { enumValues } from '../common/enums';
import { CalendarSystem } from '../gql/graphql';
import { usePreferences } from './usePreferences';

const CALENDARS = enumValues(CalendarSystem);

/** Gregorian or Jalali for every date shown and entered; remembered per staff member. */
export function CalendarSwitcher() {
  const translate = useTranslate();
  const { calendar, setCalendar } = usePreferences();
  return (
    <TextField
      select
      size="small"
      variant="outlined"
      value={calendar}
      onChange={(e) => setCalendar(e.target.value as CalendarSystem)}
      slotProps={{
        select: {
          'data-testid': 'calendar-switcher',
          inputProps: { 'aria-label': translate('patron.calendar.label') },
        } as Partial<SelectProps>,
        input: { startAdornment: <EventIcon fontSize="small" sx={{ mr: 1 }} /> },
      }}
      sx={{ minWidth: 210, bgcolor: 'background.paper', borderRadius: 1 }}
    >
      {CALENDARS.map((c) => (
        <MenuItem key={c} value={c} data-testid={`calendar-${c}`}>
          {translate(`patron.calendar.${c}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
