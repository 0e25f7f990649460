import type { Actor, PatronContext } from '@patron/sdk';
import type { PatronApp } from '../app.js';
import type { Staff } from '../modules/auth/staff.entity.js';
import { refusal } from './errors.js';

export interface AppContext extends PatronContext {
  app: PatronApp;
  staffRow: Staff | null;
  sessionToken: string | null;
  ip: string;
  /** The caller's workspace; every query is scoped by it. */
  workspaceId(): string;
  actor(): Actor;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

export function buildContext(
  app: PatronApp,
  request: { staff: Staff | null; token: string | null; ip: string },
  cookies: { set(token: string, expiresAt: Date): void; clear(): void },
): AppContext {
  const staff = request.staff;
  return {
    app,
    services: app.services,
    staffRow: staff,
    sessionToken: request.token,
    ip: request.ip,
    staff: staff
      ? {
          id: staff.id,
          workspaceId: staff.workspaceId,
          role: staff.role,
          name: staff.name,
          permissions: app.rolePermissions.of(staff.role),
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
