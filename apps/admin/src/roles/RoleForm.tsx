import { Alert } from '@mui/material';
import {
  regex,
  required,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { LocalizedDeleteButton } from '../common/LocalizedDeleteButton';
import { LocalizedNameInputs } from '../common/LocalizedNameInputs';
import { PermissionCheckboxes } from './PermissionCheckboxes';

const KEY = [required(), regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'patron.roleAdmin.keyHelp')];

/** A role's key (fixed once created), its name in three languages and its permissions. */
export function RoleForm({ creating }: { creating: boolean }) {
  const translate = useTranslate();
  const record = useRecordContext<{ key: string; editable: boolean; shipped: boolean; staffCount: number }>();
  const fixed = !creating && record?.editable === false;
  return (
    <SimpleForm
      noValidate
      toolbar={
        <Toolbar sx={{ justifyContent: 'space-between' }}>
          <SaveButton data-testid="role-save" disabled={fixed} />
          {!creating && !record?.shipped && (
            <LocalizedDeleteButton
              confirmContent="patron.roleAdmin.deleteConfirm"
              data-testid="role-delete"
            />
          )}
        </Toolbar>
      }
    >
      {fixed && (
        <Alert severity="info" data-testid="role-fixed" sx={{ mb: 1 }}>
          {translate('patron.roleAdmin.adminFixed')}
        </Alert>
      )}
      <TextInput
        source="key"
        label="patron.roleAdmin.key"
        helperText={creating ? 'patron.roleAdmin.keyHelp' : 'patron.roleAdmin.keyFixed'}
        disabled={!creating}
        validate={creating ? KEY : undefined}
        parse={(v: string) => v.toUpperCase()}
        sx={{ width: 360, maxWidth: '100%' }}
        slotProps={{ htmlInput: { dir: 'ltr', maxLength: 40, 'data-testid': 'role-key' } }}
      />
      <LocalizedNameInputs labels="patron.roleAdmin.nameIn" missing="patron.roleAdmin.nameMissing" />
      <PermissionCheckboxes disabled={fixed} />
    </SimpleForm>
  );
}
