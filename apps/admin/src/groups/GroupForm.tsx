import {
  DeleteWithConfirmButton,
  maxLength,
  required,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
} from 'react-admin';

/** A group's name (unique) and what it is for; deleting it takes every member out first. */
export function GroupForm({ creating }: { creating: boolean }) {
  return (
    <SimpleForm
      noValidate
      toolbar={
        <Toolbar sx={{ justifyContent: 'space-between' }}>
          <SaveButton data-testid="group-save" />
          {!creating && (
            <DeleteWithConfirmButton
              mutationMode="pessimistic"
              confirmContent="patron.groups.deleteConfirm"
              data-testid="group-delete"
            />
          )}
        </Toolbar>
      }
    >
      <TextInput
        source="name"
        label="patron.groups.name"
        validate={[required(), maxLength(80)]}
        sx={{ maxWidth: 480 }}
        fullWidth
      />
      <TextInput
        source="description"
        label="patron.groups.description"
        validate={maxLength(1000)}
        multiline
        minRows={2}
        sx={{ maxWidth: 640 }}
        fullWidth
      />
    </SimpleForm>
  );
}
