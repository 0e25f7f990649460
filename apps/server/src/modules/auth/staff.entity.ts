import { defineEntity, p } from '@mikro-orm/core';

export const LOCALES = ['EN', 'RU', 'FA'] as const;
export const CALENDARS = ['GREGORIAN', 'JALALI'] as const;

const StaffSchema = defineEntity({
  name: 'Staff',
  tableName: 'staff',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    workspaceId: p.uuid(),
    email: p.text(),
    name: p.text(),
    passwordHash: p.text().hidden(),
    /** A key of one of the workspace's roles (modules/roles). */
    role: p.text(),
    locale: p.enum(LOCALES).default('EN'),
    calendar: p.enum(CALENDARS).default('GREGORIAN'),
    active: p.boolean().default(true),
    /** Signed in with a temporary password: may do nothing but change it (and see itself, sign out). */
    mustChangePassword: p.boolean().default(false),
    /** The customer table's columns this staff member chose, in order; null until chosen. */
    customerColumns: p.json<{ key: string; width: number | null }[]>().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    /** The TOTP secret, sealed with PATRON_SECRET_KEY (ServerKeys.encrypt); null while 2FA is off. */
    twoFactorSecret: p.text().hidden().nullable(),
    /** A secret shown during set-up, until its first code confirms it (then it becomes the secret). */
    twoFactorPendingSecret: p.text().hidden().nullable(),
    twoFactorEnabledAt: p.datetime().nullable(),
    /** The time step of the last code accepted: a code of that step or before is a replay. */
    twoFactorLastStep: p.integer().hidden().nullable(),
  },
});

export class Staff extends StaffSchema.class {}
StaffSchema.setClass(Staff);

export { StaffSchema };
