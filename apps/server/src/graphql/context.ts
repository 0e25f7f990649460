import type { PatronContext, PatronServices, Principal } from '@patron/sdk';
import type { ApiKeyCaller } from '../modules/api-keys/api-key.service.js';
import type { Staff } from '../modules/auth/staff.entity.js';
import type { SelfServiceCaller } from '../modules/self-service/customer-sessions.js';
import { refusal } from './errors.js';

/** The GraphQL context of core resolvers: the SDK's, plus the session for sign-in and sign-out. */
export interface AppContext extends PatronContext {
  staffRow: Staff | null;
  sessionToken: string | null;
  ip: string;
  userAgent: string | null;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
  /** The customer signed in to self-service (their own cookie), or null; never a principal. */
  customer: SelfServiceCaller | null;
  customerSessionToken: string | null;
  setCustomerCookie(token: string, expiresAt: Date): void;
  clearCustomerCookie(): void;
  /** The largest file POST /files takes from this server, in bytes (its HTTP limits). */
  uploadMaxBytes: number;
}

type Cookies = { set(token: string, expiresAt: Date): void; clear(): void };

/** Reads the staff member's permissions from the per-workspace role cache (a query only on a miss). */
export async function buildContext(
  services: PatronServices,
  request: {
    staff: Staff | null;
    apiKey?: ApiKeyCaller | null;
    token: string | null;
    ip: string;
    userAgent: string | null;
    customer?: { caller: SelfServiceCaller | null; token: string | null };
    uploadMaxBytes: number;
  },
  cookies: Cookies,
  customerCookies: Cookies = { set() {}, clear() {} },
): Promise<AppContext> {
  const staff = request.staff;
  const person = staff
    ? {
        id: staff.id,
        workspaceId: staff.workspaceId,
        role: staff.role,
        name: staff.name,
        permissions: await services.rolePermissions.of(staff.workspaceId, staff.role),
      }
    : null;
  const principal: Principal | null = request.apiKey
    ? { kind: 'apiKey', ...request.apiKey }
    : person && { kind: 'staff', ...person };
  return {
    services,
    staffRow: staff,
    sessionToken: request.token,
    ip: request.ip,
    userAgent: request.userAgent,
    staff: person,
    principal,
    workspaceId() {
      if (!principal) throw refusal('UNAUTHENTICATED');
      return principal.workspaceId;
    },
    actor() {
      if (!principal) throw refusal('UNAUTHENTICATED');
      return { kind: principal.kind, id: principal.id, name: principal.name };
    },
    setSessionCookie: cookies.set,
    clearSessionCookie: cookies.clear,
    customer: request.customer?.caller ?? null,
    customerSessionToken: request.customer?.token ?? null,
    setCustomerCookie: customerCookies.set,
    clearCustomerCookie: customerCookies.clear,
    uploadMaxBytes: request.uploadMaxBytes,
  };
}
