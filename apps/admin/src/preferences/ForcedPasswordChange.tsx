import { useQuery } from '@apollo/client/react';
import { type ReactNode, useState } from 'react';
import { useLogout } from 'react-admin';
import { forgetSignedIn } from '../auth/authProvider';
import { MeQuery } from '../auth/documents';
import { lazyPart } from '../common/lazyPart';

const ChangePasswordDialog = lazyPart(
  async () => (await import('./ChangePasswordDialog')).ChangePasswordDialog,
);

/**
 * After signing in with a temporary password the server answers nothing but `me`, `logout` and
 * `changeMyPassword`: instead of the screens (whose every call would be refused), the change.
 */
export function ForcedPasswordChange({ children }: { children: ReactNode }) {
  const { data, refetch } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  const logout = useLogout();
  const [changed, setChanged] = useState(false);
  if (data?.me?.mustChangePassword && !changed) {
    return (
      <ChangePasswordDialog
        when
        open
        forced
        onClose={() => logout()}
        onChanged={() => {
          setChanged(true);
          forgetSignedIn();
          void refetch();
        }}
      />
    );
  }
  return children;
}
