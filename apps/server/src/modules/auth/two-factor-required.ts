import type { PatronServices } from '@patron/sdk';
import type { Staff } from './staff.entity.js';

/**
 * What a staff member whose role requires two-factor sign-in, and who has it off, may call besides
 * the public fields (me, logout): setting it up, and the language of the screens that set it up.
 */
export const WHILE_TWO_FACTOR_SETUP = new Set([
  'myTwoFactor',
  'startTwoFactorEnrolment',
  'confirmTwoFactor',
  'updateMyPreferences',
]);

/** The workspace's setting says this person's role signs in with two-factor (workspace settings). */
export function roleRequiresTwoFactor(services: PatronServices, staff: Staff): Promise<boolean> {
  return services.workspaceSettings.requiresTwoFactor(staff.workspaceId, staff.role);
}

/** Their role requires two-factor sign-in and it is off: nothing but setting it up until it is on. */
export async function mustSetUpTwoFactor(services: PatronServices, staff: Staff): Promise<boolean> {
  return !staff.twoFactorEnabledAt && (await roleRequiresTwoFactor(services, staff));
}
