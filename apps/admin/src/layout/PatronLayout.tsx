import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { PatronAppBar } from './PatronAppBar';
import { PreferencesSync } from './PreferencesSync';

export function PatronLayout({ children }: { children: ReactNode }) {
  return (
    <Layout appBar={PatronAppBar}>
      <PreferencesSync />
      {children}
    </Layout>
  );
}
