import { PUBLIC, SIGNED_IN } from '@patron/sdk';
import type { AuthChecker } from 'type-graphql';
import type { AppContext } from './context.js';
import { refusal } from './errors.js';

/** Enforces the `@Allow(...)` rule of every root field. */
export const authChecker: AuthChecker<AppContext> = ({ context }, permissions) => {
  if (permissions.includes(PUBLIC)) return true;
  if (!context.staff) throw refusal('UNAUTHENTICATED');
  const missing = permissions.filter((p) => p !== SIGNED_IN && !context.staff?.permissions.has(p));
  if (missing.length > 0) throw refusal('FORBIDDEN', { permissions: missing.join(', ') });
  return true;
};
