import express, { type Router } from 'express';
import type { GraphQLError } from 'graphql';
import type { PatronApp } from '../../app.js';
import { sendRefusal } from '../../http/json-errors.js';
import { readSessionToken } from '../../http/session-cookie.js';

const STATUS: Record<string, number> = { EXPORT_NOT_FOUND: 404, EXPORT_EXPIRED: 410, EXPORT_NOT_READY: 409 };

/**
 * `GET /exports/:id/download`: the file of a finished export, to the staff member who asked for it
 * (session cookie), in their workspace, until it expires. Anyone else gets 404, as for a made-up id.
 */
export function exportsRoute(app: PatronApp): Router {
  const router = express.Router();
  router.get('/:id/download', async (req, res) => {
    const token = readSessionToken(req);
    const staff = token ? await app.services.auth.staffForToken(token) : null;
    if (!staff) return sendRefusal(res, 401, 'UNAUTHENTICATED');
    try {
      const file = await app.services.exports.download(staff.workspaceId, staff.id, req.params.id);
      res.setHeader('content-type', file.contentType);
      res.setHeader(
        'content-disposition',
        `attachment; filename="${file.row.file_name}"; filename*=UTF-8''${encodeURIComponent(file.row.file_name ?? '')}`,
      );
      res.setHeader('cache-control', 'private, no-store');
      file.body.pipe(res);
    } catch (error) {
      const code = (error as GraphQLError).extensions?.problem as { code?: string } | undefined;
      const status = code?.code ? STATUS[code.code] : undefined;
      if (!status) throw error;
      if (code?.code === 'EXPORT_EXPIRED') return sendRefusal(res, status, 'EXPORT_EXPIRED', { hours: 24 });
      return sendRefusal(res, status, code?.code as 'EXPORT_NOT_FOUND' | 'EXPORT_NOT_READY');
    }
  });
  return router;
}
