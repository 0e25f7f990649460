import {
  englishMessage,
  type ParamsArg,
  type ParamValue,
  PROBLEMS,
  type ProblemCode,
} from '@patron/problems';
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';

/** Answers a refusal outside GraphQL in GraphQL's shape, so clients read every error one way. */
export function sendRefusal<C extends ProblemCode>(
  res: Response,
  status: number,
  code: C,
  ...[params]: ParamsArg<C>
): void {
  const values = (params ?? {}) as Record<string, ParamValue>;
  res.status(status).json({
    errors: [
      {
        message: englishMessage(code, values),
        extensions: { code: PROBLEMS[code].category, problem: { code, params: values } },
      },
    ],
  });
}

/** `1048576` → `1 MB`, for messages. */
export const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * The GraphQL route's body: JSON in UTF-8 up to `limit` bytes. A POST of another media type is
 * refused here with a code (Apollo would otherwise call it a CSRF attempt or a missing body).
 */
export function graphqlBody(limit: number): RequestHandler[] {
  const parse = express.json({ limit });
  const checkType: RequestHandler = (req, res, next) => {
    if (req.method !== 'POST') return next();
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (type === 'application/json') return next();
    sendRefusal(res, 415, 'BODY_CONTENT_TYPE', { expected: 'application/json', type: type || 'none' });
  };
  return [checkType, parse];
}

/**
 * The last error handler: body-parser's failures become coded JSON refusals, anything else a bare
 * internal error (logged). Express's own handler would answer an HTML page with the stack trace.
 */
export function jsonErrors(limit: number, log: (m: string) => void): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const kind = (error as { type?: string }).type;
    if (kind === 'entity.too.large')
      return sendRefusal(res, 413, 'BODY_TOO_LARGE', { max: megabytes(limit) });
    if (kind === 'entity.parse.failed') return sendRefusal(res, 400, 'BODY_NOT_JSON');
    if (kind === 'charset.unsupported')
      return sendRefusal(res, 415, 'BODY_ENCODING', { encoding: String(error.charset ?? 'unknown') });
    if (kind === 'encoding.unsupported')
      return sendRefusal(res, 415, 'BODY_ENCODING', { encoding: String(error.encoding ?? 'unknown') });
    // Anything else body-parser refuses (a broken gzip stream, a short body) is unreadable input.
    const status = Number((error as { status?: number }).status);
    if (status >= 400 && status < 500) return sendRefusal(res, status, 'BODY_NOT_JSON');
    log(`internal error: ${(error as Error)?.stack ?? String(error)}`);
    res.status(500).json({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  };
}

/** Unknown paths when no SPA shell answers them: JSON rather than Express's HTML page. */
export const jsonNotFound: RequestHandler = (_req, res) => {
  res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
};
