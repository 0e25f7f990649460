import { defineEntity, p } from '@mikro-orm/core';

/** A signed-in browser; only the SHA-256 of the cookie token is stored. */
const StaffSessionSchema = defineEntity({
  name: 'StaffSession',
  tableName: 'staff_session',
  properties: {
    tokenHash: p.text().primary(),
    staffId: p.uuid(),
    workspaceId: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
  },
});

export class StaffSession extends StaffSessionSchema.class {}
StaffSessionSchema.setClass(StaffSession);

export { StaffSessionSchema };
