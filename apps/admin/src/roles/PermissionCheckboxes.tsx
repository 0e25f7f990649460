import { useQuery } from '@apollo/client/react';
import { Box, Checkbox, FormControlLabel, FormGroup, FormHelperText, Typography } from '@mui/material';
import { useInput, useTranslate } from 'react-admin';
import { PermissionsQuery } from './documents';
import { permissionArea, permissionAreaKey, permissionTextKey } from './permissionText';

/**
 * The role's permissions: every permission the modules declare, grouped by what they are about, each with what it
 * allows in the user's language. Every permission of Patron's own modules has its words in en, ru and fa
 * (permissionText.test.ts); only a permission the admin does not know of (a plugin's) shows the server's description.
 */
export function PermissionCheckboxes({ disabled }: { disabled?: boolean }) {
  const translate = useTranslate();
  const { data } = useQuery(PermissionsQuery);
  const { field, fieldState } = useInput({ source: 'permissions', defaultValue: [] });
  const chosen = new Set<string>(field.value ?? []);
  const groups = new Map<string, { name: string; description: string }[]>();
  for (const p of data?.permissions ?? []) {
    // By what they are about (customers.read, customers.write…), whichever module declares them.
    const area = permissionArea(p.name);
    groups.set(area, [...(groups.get(area) ?? []), p]);
  }
  const toggle = (name: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(name);
    else next.delete(name);
    field.onChange([...next].sort());
  };
  return (
    <Box data-testid="role-permissions" sx={{ width: '100%', maxWidth: 720 }}>
      <Typography variant="subtitle1" sx={{ mt: 1 }}>
        {translate('patron.roleAdmin.permissions')}
      </Typography>
      {[...groups].map(([area, permissions]) => (
        <Box key={area} component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 1.5 }}>
          <Typography component="legend" variant="overline" color="text.secondary">
            {translate(permissionAreaKey(area), { _: area })}
          </Typography>
          <FormGroup>
            {permissions.map((p) => (
              <FormControlLabel
                key={p.name}
                disabled={disabled}
                control={
                  <Checkbox
                    checked={chosen.has(p.name)}
                    onChange={(e) => toggle(p.name, e.target.checked)}
                    slotProps={{ input: { 'data-testid': `permission-${p.name}` } as object }}
                  />
                }
                label={
                  <span>
                    {translate(permissionTextKey(p.name), { _: p.description })}{' '}
                    <Typography component="span" variant="caption" color="text.secondary" dir="ltr">
                      {p.name}
                    </Typography>
                  </span>
                }
              />
            ))}
          </FormGroup>
        </Box>
      ))}
      {fieldState.error?.message && (
        <FormHelperText error>{translate(fieldState.error.message)}</FormHelperText>
      )}
    </Box>
  );
}
