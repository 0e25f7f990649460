import express, { type Router } from 'express';
import type { PatronApp } from '../../app.js';
import { jsonErrors, sendRefusal } from '../../http/json-errors.js';
import { readSessionToken } from '../../http/session-cookie.js';

/** Browsers cannot send this header cross-site without a CORS preflight, which the server never grants. */
export const UPLOAD_CSRF_HEADER = 'x-patron-csrf';

/**
 * `POST /files`: the raw body is the file (any content type, up to `maxBytes`), stored for a day
 * in the caller's workspace; answers `201 { fileId, size, expiresAt }`. Signed in by the session
 * cookie, like /graphql; the custom header keeps other sites from uploading with that cookie.
 * The file's name may come URI-encoded in `x-file-name`.
 */
export function filesRoute(app: PatronApp, maxBytes: number, log: (m: string) => void): Router {
  const router = express.Router();
  router.post(
    '/',
    async (req, res, next) => {
      if (!req.headers[UPLOAD_CSRF_HEADER])
        return sendRefusal(res, 400, 'UPLOAD_HEADER_REQUIRED', { header: UPLOAD_CSRF_HEADER });
      const token = readSessionToken(req);
      const staff = token ? await app.services.auth.staffForToken(token) : null;
      if (!staff) return sendRefusal(res, 401, 'UNAUTHENTICATED');
      res.locals.staff = staff;
      next();
    },
    express.raw({ type: () => true, limit: maxBytes }),
    async (req, res) => {
      const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (content.length === 0) return sendRefusal(res, 400, 'UPLOAD_EMPTY');
      const { workspaceId, id } = res.locals.staff as { workspaceId: string; id: string };
      const name = fileName(req.headers['x-file-name']);
      const file = await app.services.files.store(workspaceId, id, name, content);
      res.status(201).json({ fileId: file.id, size: file.size, expiresAt: file.expiresAt });
    },
  );
  router.use(jsonErrors(maxBytes, log));
  return router;
}

function fileName(header: string | string[] | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return 'upload';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
