import { Stack } from '@mui/material';
import {
  AppBar,
  LoadingIndicator,
  Logout,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import { AfterFirstPaint } from '../common/AfterFirstPaint';
import { NotificationBell } from '../notifications/NotificationBell';
import { CalendarSwitcher } from '../preferences/CalendarSwitcher';
import { ChangePasswordMenuItem } from '../preferences/ChangePasswordMenuItem';
import { LocaleSwitcher } from '../preferences/LocaleSwitcher';
import { MySessionsMenuItem } from '../preferences/MySessionsMenuItem';
import { TwoFactorMenuItem } from '../preferences/TwoFactorMenuItem';
import { StaffMenuItem } from './StaffMenuItem';

/** Our own switchers replace react-admin's language menu: they also save the choice and the calendar. */
export function PatronAppBar() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <AppBar
      color="primary"
      toolbar={
        <Stack direction="row" spacing={1} alignItems="center" sx={{ mx: 1 }}>
          <AfterFirstPaint>
            <CalendarSwitcher />
            <LocaleSwitcher />
          </AfterFirstPaint>
          <LoadingIndicator />
          <AfterFirstPaint>
            <NotificationBell />
          </AfterFirstPaint>
        </Stack>
      }
      userMenu={
        // The menu's button shows the staff member's name, so its accessible name starts with it
        // (axe: label-content-name-mismatch; react-admin names it "Profile" alone).
        <UserMenu
          label={identity?.fullName ? translate('patron.userMenu', { name: identity.fullName }) : undefined}
        >
          <StaffMenuItem />
          <MySessionsMenuItem />
          <ChangePasswordMenuItem />
          <TwoFactorMenuItem />
          <Logout />
        </UserMenu>
      }
    >
      <TitlePortal />
    </AppBar>
  );
}
