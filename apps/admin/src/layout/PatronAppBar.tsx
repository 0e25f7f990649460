import { Stack } from '@mui/material';
import { AppBar, TitlePortal } from 'react-admin';
import { CalendarSwitcher } from '../preferences/CalendarSwitcher';
import { LocaleSwitcher } from '../preferences/LocaleSwitcher';

export function PatronAppBar() {
  return (
    <AppBar color="primary">
      <TitlePortal />
      <Stack direction="row" spacing={1} sx={{ mx: 1 }}>
        <CalendarSwitcher />
        <LocaleSwitcher />
      </Stack>
    </AppBar>
  );
}
