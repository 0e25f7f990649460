import Badge from '@mui/icons-material/Badge';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';

/** Who is signed in, as what, and where: shown at the top of the user menu. */
export function StaffMenuItem() {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (!identity) return null;
  return (
    <MenuItem disabled data-testid="staff-role" sx={{ '&.Mui-disabled': { opacity: 1 } }}>
      <ListItemIcon>
        <Badge fontSize="small" />
      </ListItemIcon>
      <ListItemText
        primary={translate(`patron.roles.${String(identity.role)}`, { _: String(identity.role) })}
        secondary={String(identity.workspace ?? '')}
      />
    </MenuItem>
  );
}
