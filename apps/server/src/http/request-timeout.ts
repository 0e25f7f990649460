import type { RequestHandler } from 'express';
import { sendRefusal } from './json-errors.js';

/**
 * Answers REQUEST_TIMED_OUT (503) when a request has not been answered within `seconds`, so a caller
 * never waits on a stalled query and its connection is freed; the late answer, when the work ends,
 * is dropped (`graphqlRoute` checks `headersSent`).
 */
export function requestTimeout(seconds: number): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      sendRefusal(res, 503, 'REQUEST_TIMED_OUT', { seconds });
    }, seconds * 1000);
    timer.unref();
    res.once('close', () => clearTimeout(timer));
    res.once('finish', () => clearTimeout(timer));
    next();
  };
}
