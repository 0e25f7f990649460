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

export function buildContext(
  services: PatronServices,
  request: { staff: Staff | null; token: string | null; ip: string; userAgent: string | null },
  cookies: { set(token: string, expiresAt: Date): void; clear(): void },
): AppContext {
  const staff = request.staff;
  return {
    services,
    staffRow: staff,
    sessionToken: request.token,
    ip: request.ip,
    userAgent: request.userAgent,
    staff: staff
      ? {
          id: staff.id,
          workspaceId: staff.workspaceId,
          role: staff.role,
          name: staff.name,
          permissions: services.rolePermissions.of(staff.role),
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
