import {
  Create,
  email,
  minLength,
  PasswordInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { useRoleChoices } from '../roles/useRoleNames';
import { PASSWORD_MIN, usePasswordHelp } from './passwordHelp';

/** A new staff member: they sign in with the temporary password and must choose their own. */
export function StaffCreate() {
  const passwordHelp = usePasswordHelp();
  const roles = useRoleChoices();
  return (
    <Create redirect="list" record={{ role: 'OPERATOR' }} title="patron.staffAdmin.createTitle">
      <SimpleForm noValidate sx={{ maxWidth: 520 }}>
        <TextInput source="name" label="patron.staffAdmin.name" validate={required()} fullWidth />
        <TextInput
          source="email"
          label="patron.staffAdmin.email"
          validate={[required(), email()]}
          fullWidth
          slotProps={{ htmlInput: { dir: 'ltr', 'data-testid': 'staff-email' } }}
        />
        <SelectInput
          source="role"
          label="patron.staffAdmin.role"
          choices={roles}
          validate={required()}
          fullWidth
          data-testid="staff-role-select"
        />
        <PasswordInput
          source="password"
          label="patron.staffAdmin.temporaryPassword"
          helperText={passwordHelp}
          validate={[required(), minLength(PASSWORD_MIN)]}
          fullWidth
          inputProps={{ 'data-testid': 'staff-password', autoComplete: 'new-password' }}
        />
      </SimpleForm>
    </Create>
  );
}
