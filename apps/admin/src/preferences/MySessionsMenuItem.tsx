import Devices from '@mui/icons-material/Devices';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useRedirect, useTranslate, useUserMenu } from 'react-admin';

export const MY_SESSIONS_PATH = '/my-sessions';

/** The user menu's way to "My sessions". */
export function MySessionsMenuItem() {
  const translate = useTranslate();
  const redirect = useRedirect();
  const menu = useUserMenu();
  return (
    <MenuItem
      data-testid="my-sessions-menu"
      onClick={() => {
        menu?.onClose();
        redirect(MY_SESSIONS_PATH);
      }}
    >
      <ListItemIcon>
        <Devices fontSize="small" />
      </ListItemIcon>
      <ListItemText primary={translate('patron.sessions.menu')} />
    </MenuItem>
  );
}
