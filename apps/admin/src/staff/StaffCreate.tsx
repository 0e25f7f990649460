import {
  Create,
  email,
  minLength,
  PasswordInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useLocale,
} from 'react-admin';
import { useBranches } from '../branches/useBranches';
import { localized } from '../i18n/localized';
import { useRoleChoices } from '../roles/useRoleNames';
import { PASSWORD_MIN, usePasswordHelp } from './passwordHelp';

/** A new staff member: they sign in with the temporary password and must choose their own. */
export function StaffCreate() {
  const passwordHelp = usePasswordHelp();
  const roles = useRoleChoices();
  const locale = useLocale();
  const { branches } = useBranches();
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
        {branches.length > 0 && (
          <SelectInput
            source="branchId"
            label="patron.staffAdmin.branch"
            helperText="patron.staffAdmin.branchHelp"
            choices={branches.map((b) => ({ id: b.id, name: localized(b.name, locale, b.code) }))}
            emptyText="patron.branches.any"
            fullWidth
            data-testid="staff-branch-select"
          />
        )}
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
