import Password from '@mui/icons-material/Password';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useTranslate, useUserMenu } from 'react-admin';
import { lazyPart } from '../common/lazyPart';

const ChangePasswordDialog = lazyPart(
  async () => (await import('./ChangePasswordDialog')).ChangePasswordDialog,
);

/** "Change my password" in the user menu. */
export function ChangePasswordMenuItem() {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    userMenu?.onClose();
  };
  return (
    <>
      <MenuItem onClick={() => setOpen(true)} data-testid="change-password">
        <ListItemIcon>
          <Password fontSize="small" />
        </ListItemIcon>
        <ListItemText primary={translate('patron.password.title')} />
      </MenuItem>
      <ChangePasswordDialog when={open} open={open} onClose={close} onChanged={close} />
    </>
  );
}
