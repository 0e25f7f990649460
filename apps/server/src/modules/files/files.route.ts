import express, { type Request, type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { PatronApp } from '../../app.js';
import { jsonErrors, megabytes, sendRefusal } from '../../http/json-errors.js';
import { readSessionToken } from '../../http/session-cookie.js';
import { FILE_KEPT_HOURS, FileTooLargeError } from './file.service.js';

/** Browsers cannot send this header cross-site without a CORS preflight, which the server never grants. */
export const UPLOAD_CSRF_HEADER = 'x-patron-csrf';

class EmptyUploadError extends Error {}

/**
 * `POST /files`: the raw body is the file (any content type, up to `maxBytes`), streamed into the
 * caller's workspace and kept for a day; answers `201 { fileId, size, expiresAt }`. Signed in by the
 * session cookie, like /graphql; the custom header keeps other sites from uploading with that cookie.
 * The file's name may come URI-encoded in `x-file-name`.
 *
 * `GET /files/:id`: the file, to the staff member it belongs to only (its uploader, or the one an
 * export or a report was made for), while it is kept; anyone else gets UPLOADED_FILE_NOT_FOUND.
 */
export function filesRoute(app: PatronApp, maxBytes: number, log: (m: string) => void): Router {
  const router = express.Router();
  const signedIn = async (req: Request) => {
    const token = readSessionToken(req);
    return token ? await app.services.auth.staffForToken(token) : null;
  };

  router.post('/', async (req, res) => {
    if (!req.headers[UPLOAD_CSRF_HEADER])
      return sendRefusal(res, 400, 'UPLOAD_HEADER_REQUIRED', { header: UPLOAD_CSRF_HEADER });
    const staff = await signedIn(req);
    if (!staff) return sendRefusal(res, 401, 'UNAUTHENTICATED');
    const declared = Number(req.headers['content-length']);
    if (declared > maxBytes) return refuseTooLarge(req, res, maxBytes);
    try {
      const file = await app.services.files.saveStream(
        staff.workspaceId,
        {
          name: fileName(req.headers['x-file-name']),
          ownerStaffId: staff.id,
          contentType: contentType(req.headers['content-type']),
          maxBytes,
        },
        nonEmpty(req),
      );
      res.status(201).json({ fileId: file.id, size: file.size, expiresAt: file.expiresAt });
    } catch (error) {
      if (error instanceof FileTooLargeError) return refuseTooLarge(req, res, maxBytes);
      if (error instanceof EmptyUploadError) return sendRefusal(res, 400, 'UPLOAD_EMPTY');
      throw error;
    }
  });

  router.get('/:id', async (req, res) => {
    const staff = await signedIn(req);
    if (!staff) return sendRefusal(res, 401, 'UNAUTHENTICATED');
    try {
      const file = await app.services.files.describe(staff.workspaceId, req.params.id, ['id']);
      if (file.ownerStaffId !== staff.id)
        return sendRefusal(res, 404, 'UPLOADED_FILE_NOT_FOUND', { hours: FILE_KEPT_HOURS });
      const stream = await app.services.files.openStream(staff.workspaceId, file.id, ['id']);
      res.setHeader('content-type', file.contentType);
      res.setHeader('content-length', String(file.size));
      res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
      res.setHeader('cache-control', 'private, no-store');
      stream.on('error', (error) => {
        log(`files: download of ${file.id} broke off: ${error.message}`);
        res.destroy(error);
      });
      stream.pipe(res);
    } catch (error) {
      if (error instanceof GraphQLError)
        return sendRefusal(res, 404, 'UPLOADED_FILE_NOT_FOUND', { hours: FILE_KEPT_HOURS });
      throw error;
    }
  });
  router.use(jsonErrors(maxBytes, log));
  return router;
}

/** The request body, refusing a body with no bytes (the transaction then keeps nothing). */
async function* nonEmpty(body: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  let any = false;
  for await (const chunk of body) {
    any ||= chunk.length > 0;
    yield chunk;
  }
  if (!any) throw new EmptyUploadError();
}

/** Refuses, then closes the connection so the rest of a large body is not read. */
function refuseTooLarge(req: Request, res: express.Response, maxBytes: number): void {
  res.setHeader('connection', 'close');
  sendRefusal(res, 413, 'FILE_TOO_LARGE', { max: megabytes(maxBytes) });
  req.unpipe();
  req.resume();
}

function contentType(header: string | undefined): string {
  const type = header?.split(';')[0]?.trim().toLowerCase() ?? '';
  return /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(type) ? type : 'application/octet-stream';
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
