import PhonelinkLock from '@mui/icons-material/PhonelinkLock';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useTranslate, useUserMenu } from 'react-admin';
import { lazyPart } from '../common/lazyPart';

const TwoFactorDialog = lazyPart(async () => (await import('./TwoFactorDialog')).TwoFactorDialog);

/** "Two-factor sign-in" in the user menu: its dialog (QR, codes) loads when first opened. */
export function TwoFactorMenuItem() {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    userMenu?.onClose();
  };
  return (
    <>
      <MenuItem onClick={() => setOpen(true)} data-testid="two-factor-menu">
        <ListItemIcon>
          <PhonelinkLock fontSize="small" />
        </ListItemIcon>
        <ListItemText primary={translate('patron.twoFactor.menu')} />
      </MenuItem>
      <TwoFactorDialog when={open} open={open} onClose={close} />
    </>
  );
}
