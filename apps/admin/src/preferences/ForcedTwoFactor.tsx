import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useLogout } from 'react-admin';
import { forgetSignedIn } from '../auth/authProvider';
import { MeQuery } from '../auth/documents';
import { lazyPart } from '../common/lazyPart';

const TwoFactorDialog = lazyPart(async () => (await import('./TwoFactorDialog')).TwoFactorDialog);

/**
 * When the workspace requires two-factor sign-in for one's role and it is off, the server answers
 * nothing but its set-up (and me, logout): instead of the screens, the set-up, until it is on.
 */
export function ForcedTwoFactor({ children }: { children: ReactNode }) {
  const { data, refetch } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  const logout = useLogout();
  if (!data?.me?.twoFactorSetupRequired) return children;
  return (
    <TwoFactorDialog
      when
      open
      forced
      onClose={() => logout()}
      onDone={() => {
        forgetSignedIn();
        void refetch();
      }}
    />
  );
}
