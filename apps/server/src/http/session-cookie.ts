import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'patron_session';
/** A self-service customer's session: its own cookie, so it never stands in for a staff session. */
export const CUSTOMER_SESSION_COOKIE = 'patron_customer_session';

/**
 * Tokens are 32 random bytes in base64url (43 characters), after the workspace's id and a dot for a
 * customer's (`self-service/workspace-token.ts`); anything else cannot be a session.
 */
const TOKEN = /^(?:[0-9a-f-]{36}\.)?[A-Za-z0-9_-]{43}$/;

/** The session token of the request, or null: a malformed cookie simply means signed out. */
export function readSessionToken(req: Request, cookie = SESSION_COOKIE): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === cookie) {
      const value = rest.join('=');
      return TOKEN.test(value) ? value : null;
    }
  }
  return null;
}

export function sessionCookies(res: Response, secure: boolean, cookie = SESSION_COOKIE) {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    set(token: string, expiresAt: Date) {
      res.cookie(cookie, token, { ...base, expires: expiresAt });
    },
    clear() {
      res.clearCookie(cookie, base);
    },
  };
}
