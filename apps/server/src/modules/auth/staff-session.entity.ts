import { defineEntity, p } from '@mikro-orm/core';

/**
 * A signed-in browser; only the SHA-256 of the cookie token is stored, and `id` names the session
 * in the API (listing and signing out) without revealing it.
 */
const StaffSessionSchema = defineEntity({
  name: 'StaffSession',
  tableName: 'staff_session',
  properties: {
    tokenHash: p.text().primary(),
    id: p.uuid().unique().defaultRaw('gen_random_uuid()'),
    staffId: p.uuid(),
    workspaceId: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
    /** Updated at most once a minute while the session is used (the idle timeout counts from it). */
    lastSeenAt: p.datetime().onCreate(() => new Date()),
    /** The absolute end: sign-in time plus the maximum lifetime. */
    expiresAt: p.datetime(),
    ip: p.text().nullable(),
    userAgent: p.text().nullable(),
  },
});

export class StaffSession extends StaffSessionSchema.class {}
StaffSessionSchema.setClass(StaffSession);

export { StaffSessionSchema };
