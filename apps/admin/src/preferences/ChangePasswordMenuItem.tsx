import Password from '@mui/icons-material/Password';
import { lazyPart } from '../common/lazyPart';
import { DialogMenuItem } from './DialogMenuItem';

const ChangePasswordDialog = lazyPart(
  async () => (await import('./ChangePasswordDialog')).ChangePasswordDialog,
);

/** "Change my password" in the user menu. */
export function ChangePasswordMenuItem() {
  return (
    <DialogMenuItem
      icon={<Password fontSize="small" />}
      label="patron.password.title"
      testId="change-password"
      dialog={(open, close) => (
        <ChangePasswordDialog when={open} open={open} onClose={close} onChanged={close} />
      )}
    />
  );
}
