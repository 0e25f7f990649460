import { Stack } from '@mui/material';
import { BooleanInput, regex, required, SimpleForm, TextInput } from 'react-admin';
import { LocalizedNameInputs } from '../common/LocalizedNameInputs';

/** The key rule of the server (a letter, then letters, digits or _), in either case: it is lower-cased. */
const CODE = /^[a-zA-Z][a-zA-Z0-9_]{0,30}$/;

/** A branch: its code (fixed once created), name in three languages, address and whether it is open. */
export function BranchForm({ creating }: { creating: boolean }) {
  return (
    <SimpleForm defaultValues={creating ? { active: true } : undefined} noValidate sx={{ maxWidth: 720 }}>
      <TextInput
        source="code"
        label="patron.branches.code"
        helperText={creating ? 'patron.branches.codeHelp' : 'patron.branches.codeFixed'}
        disabled={!creating}
        validate={creating ? [required(), regex(CODE, 'patron.branches.codeFormat')] : undefined}
        sx={{ width: 360, maxWidth: '100%' }}
        slotProps={{ htmlInput: { dir: 'ltr', maxLength: 31, 'data-testid': 'branch-code' } }}
      />
      <LocalizedNameInputs labels="patron.branches.nameIn" missing="patron.branches.nameMissing" />
      <TextInput
        source="address"
        label="patron.branches.address"
        multiline
        minRows={2}
        fullWidth
        slotProps={{ htmlInput: { dir: 'auto', maxLength: 300, 'data-testid': 'branch-address' } }}
      />
      <Stack>
        <BooleanInput
          source="active"
          label="patron.branches.active"
          helperText="patron.branches.activeHelp"
          data-testid="branch-active"
        />
      </Stack>
    </SimpleForm>
  );
}
