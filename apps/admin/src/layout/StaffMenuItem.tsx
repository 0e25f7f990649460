import Badge from '@mui/icons-material/Badge';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useGetIdentity, useLocale } from 'react-admin';
import { type LocalizedText, localized } from '../i18n/localized';

/** Who is signed in, as what, and where: shown at the top of the user menu. */
export function StaffMenuItem() {
  const { identity } = useGetIdentity();
  const locale = useLocale();
  if (!identity) return null;
  return (
    <MenuItem disabled data-testid="staff-role" sx={{ '&.Mui-disabled': { opacity: 1 } }}>
      <ListItemIcon>
        <Badge fontSize="small" />
      </ListItemIcon>
      <ListItemText
        primary={localized(identity.roleName as LocalizedText, locale, String(identity.role))}
        secondary={String(identity.workspace ?? '')}
      />
    </MenuItem>
  );
}
