import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { PatronAppBar } from './PatronAppBar';

export function PatronLayout({ children }: { children: ReactNode }) {
  return <Layout appBar={PatronAppBar}>{children}</Layout>;
}
