import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'patron_session';

/** Tokens are 32 random bytes in base64url (43 characters); anything else cannot be a session. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The session token of the request, or null: a malformed cookie simply means signed out. */
export function readSessionToken(req: Request): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const value = rest.join('=');
      return TOKEN.test(value) ? value : null;
    }
  }
  return null;
}

export function sessionCookies(res: Response, secure: boolean) {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    set(token: string, expiresAt: Date) {
      res.cookie(SESSION_COOKIE, token, { ...base, expires: expiresAt });
    },
    clear() {
      res.clearCookie(SESSION_COOKIE, base);
    },
  };
}
