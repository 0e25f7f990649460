import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { type ReactNode, useState } from 'react';
import { useTranslate, useUserMenu } from 'react-admin';

/** An entry of the user menu that opens a dialog; closing the dialog closes the menu too. */
export function DialogMenuItem({
  icon,
  label,
  testId,
  dialog,
}: {
  icon: ReactNode;
  label: string;
  testId: string;
  dialog(open: boolean, close: () => void): ReactNode;
}) {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    userMenu?.onClose();
  };
  return (
    <>
      <MenuItem onClick={() => setOpen(true)} data-testid={testId}>
        <ListItemIcon>{icon}</ListItemIcon>
        <ListItemText primary={translate(label)} />
      </MenuItem>
      {dialog(open, close)}
    </>
  );
}
