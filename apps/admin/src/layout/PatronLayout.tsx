import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { ForcedPasswordChange } from '../preferences/ForcedPasswordChange';
import { ForcedTwoFactor } from '../preferences/ForcedTwoFactor';
import { PatronAppBar } from './PatronAppBar';
import { PatronMenu } from './PatronMenu';

// react-admin lets the page grow as wide as its widest table; held to the window instead, a wide
// customer table scrolls sideways inside its card and the app bar, sidebar and toolbar stay in view.
const FIT_WINDOW = { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } };

export function PatronLayout({ children }: { children: ReactNode }) {
  return (
    <Layout appBar={PatronAppBar} menu={PatronMenu} sx={FIT_WINDOW}>
      <ForcedPasswordChange>
        <ForcedTwoFactor>{children}</ForcedTwoFactor>
      </ForcedPasswordChange>
    </Layout>
  );
}
