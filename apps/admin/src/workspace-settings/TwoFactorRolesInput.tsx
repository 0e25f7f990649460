import { Typography } from '@mui/material';
import { CheckboxGroupInput, useTranslate } from 'react-admin';
import { useRoleChoices } from '../roles/useRoleNames';

/** The roles whose holders must sign in with two-factor: on their next request they are asked to set it up. */
export function TwoFactorRolesInput() {
  const translate = useTranslate();
  const roles = useRoleChoices();
  return (
    <>
      <Typography variant="subtitle1" fontWeight={600} sx={{ mt: 3 }}>
        {translate('patron.workspaceSettings.twoFactor')}
      </Typography>
      <CheckboxGroupInput
        source="twoFactorRequiredRoles"
        label="patron.workspaceSettings.twoFactorRoles"
        helperText="patron.workspaceSettings.twoFactorRolesHelp"
        choices={roles}
        data-testid="two-factor-roles"
      />
    </>
  );
}
