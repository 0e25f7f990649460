import { Stack } from '@mui/material';
import { AppBar, LoadingIndicator, Logout, TitlePortal, UserMenu } from 'react-admin';
import { NotificationBell } from '../notifications/NotificationBell';
import { CalendarSwitcher } from '../preferences/CalendarSwitcher';
import { ChangePasswordMenuItem } from '../preferences/ChangePasswordMenuItem';
import { LocaleSwitcher } from '../preferences/LocaleSwitcher';
import { MySessionsMenuItem } from '../preferences/MySessionsMenuItem';
import { StaffMenuItem } from './StaffMenuItem';

/** Our own switchers replace react-admin's language menu: they also save the choice and the calendar. */
export function PatronAppBar() {
  return (
    <AppBar
      color="primary"
      toolbar={
        <Stack direction="row" spacing={1} alignItems="center" sx={{ mx: 1 }}>
          <CalendarSwitcher />
          <LocaleSwitcher />
          <LoadingIndicator />
          <NotificationBell />
        </Stack>
      }
      userMenu={
        <UserMenu>
          <StaffMenuItem />
          <MySessionsMenuItem />
          <ChangePasswordMenuItem />
          <Logout />
        </UserMenu>
      }
    >
      <TitlePortal />
    </AppBar>
  );
}
