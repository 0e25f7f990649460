import type { PatronContext, PatronServices } from '@patron/sdk';
import type { Staff } from '../modules/auth/staff.entity.js';
import { refusal } from './errors.js';

/** The GraphQL context of core resolvers: the SDK's, plus the session for sign-in and sign-out. */
export interface AppContext extends PatronContext {
  staffRow: Staff | null;
  sessionToken: string | null;
  ip: string;
  userAgent: string | null;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/** Reads the staff member's permissions from the per-workspace role cache (a query only on a miss). */
export async function buildContext(
  services: PatronServices,
  request: { staff: Staff | null; token: string | null; ip: string; userAgent: string | null },
  cookies: { set(token: string, expiresAt: Date): void; clear(): void },
): Promise<AppContext> {
  const staff = request.staff;
  const permissions = staff ? await services.rolePermissions.of(staff.workspaceId, staff.role) : null;
  return {
    services,
    staffRow: staff,
    sessionToken: request.token,
    ip: request.ip,
    userAgent: request.userAgent,
    staff:
      staff && permissions
        ? {
            id: staff.id,
            workspaceId: staff.workspaceId,
            role: staff.role,
            name: staff.name,
            permissions,
          }
        : null,
    workspaceId() {
      if (!staff) throw refusal('UNAUTHENTICATED');
      return staff.workspaceId;
    },
    actor() {
      if (!staff) throw refusal('UNAUTHENTICATED');
      return { kind: 'staff', id: staff.id, name: staff.name };
    },
    setSessionCookie: cookies.set,
    clearSessionCookie: cookies.clear,
  };
}
