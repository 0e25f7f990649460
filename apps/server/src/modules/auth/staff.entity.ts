import { defineEntity, p } from '@mikro-orm/core';

export const STAFF_ROLES = ['ADMIN', 'MANAGER', 'OPERATOR', 'ANALYST'] as const;
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
    role: p.enum(STAFF_ROLES),
    locale: p.enum(LOCALES).default('EN'),
    calendar: p.enum(CALENDARS).default('GREGORIAN'),
    active: p.boolean().default(true),
    /** The customer table's columns this staff member chose, in order; null until chosen. */
    customerColumns: p.json<{ key: string; width: number | null }[]>().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Staff extends StaffSchema.class {}
StaffSchema.setClass(Staff);

export { StaffSchema };
