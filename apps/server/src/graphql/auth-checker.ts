import { CUSTOMER, PUBLIC, SIGNED_IN } from '@patron/sdk';
import type { AuthChecker } from 'type-graphql';
import { refuseKeyWherePersonNeeded } from '../modules/api-keys/person-only.js';
import { mustSetUpTwoFactor, WHILE_TWO_FACTOR_SETUP } from '../modules/auth/two-factor-required.js';
import type { AppContext } from './context.js';
import { refusal } from './errors.js';

/** What a staff member with a temporary password may call besides the public fields (me, logout). */
const WHILE_PASSWORD_TEMPORARY = new Set(['changeMyPassword']);

/**
 * Enforces the `@Allow(...)` rule of every root field, for a signed-in person, an API key or a
 * self-service customer. A customer has no principal, so every staff field refuses them as nobody.
 */
export const authChecker: AuthChecker<AppContext> = async ({ context, info }, permissions) => {
  refuseKeyWherePersonNeeded(context, permissions, info.parentType === info.schema.getMutationType());
  if (permissions.includes(PUBLIC)) return true;
  // Only the customer cookie counts here: a staff session beside it gives no access to a customer's fields.
  if (permissions.includes(CUSTOMER)) {
    if (!context.customer) throw refusal('UNAUTHENTICATED');
    return true;
  }
  const caller = context.principal;
  if (!caller) throw refusal('UNAUTHENTICATED');
  // People only (an API key has no staff row); a temporary password is changed before two-factor is set up.
  const staff = context.staffRow;
  if (staff?.mustChangePassword) {
    if (!WHILE_PASSWORD_TEMPORARY.has(info.fieldName)) throw refusal('PASSWORD_CHANGE_REQUIRED');
  } else if (
    staff &&
    !WHILE_TWO_FACTOR_SETUP.has(info.fieldName) &&
    (await mustSetUpTwoFactor(context.services, staff))
  )
    throw refusal('TWO_FACTOR_SETUP_REQUIRED');
  const missing = permissions.filter((p) => p !== SIGNED_IN && !caller.permissions.has(p));
  if (missing.length > 0) throw refusal('FORBIDDEN', { permissions: missing.join(', ') });
  return true;
};
