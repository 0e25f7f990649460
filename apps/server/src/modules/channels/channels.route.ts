import express, { type Request, type Response, type Router } from 'express';
import type { GraphQLError } from 'graphql';
import type { PatronApp } from '../../app.js';
import { sendRefusal } from '../../http/json-errors.js';
import { pageLanguage, unsubscribePage } from './unsubscribe-page.js';

const BODY_LIMIT = '1mb';

/**
 * `POST /hooks/channels/:accountId/:token`: a provider's delivery reports, read by its channel and
 * handed to the listeners. A wrong account or token is a 404 and nothing is read.
 */
export function channelHooksRoute(app: PatronApp): Router {
  const router = express.Router();
  router.post(
    '/:accountId/:token',
    express.json({ limit: BODY_LIMIT }),
    express.urlencoded({ extended: false, limit: BODY_LIMIT }),
    async (req, res) => {
      const accepted = await app.services.channels.receiveWebhook(req.params.accountId, req.params.token, {
        headers: req.headers,
        query: req.query as Record<string, unknown>,
        body: req.body ?? null,
      });
      if (!accepted) return sendRefusal(res, 404, 'CHANNEL_ACCOUNT_NOT_FOUND');
      res.json({ ok: true });
    },
  );
  return router;
}

function problemCode(error: unknown): string | undefined {
  return ((error as GraphQLError).extensions?.problem as { code?: string } | undefined)?.code;
}

function html(res: Response, status: number, page: string) {
  res.status(status).type('html').setHeader('cache-control', 'no-store').send(page);
}

/**
 * `GET /unsubscribe/:token` asks to confirm (mail scanners follow links: a GET changes nothing);
 * `POST` withdraws the consent, from the page's button or a mail client's RFC 8058 one-click post.
 */
export function unsubscribeRoute(app: PatronApp): Router {
  const router = express.Router();
  const language = (req: Request) =>
    pageLanguage(
      req.query.lang ?? (req.body as Record<string, unknown> | undefined)?.lang,
      req.get('accept-language'),
    );
  const invalid = (req: Request, res: Response, error: unknown) => {
    const code = problemCode(error);
    if (code !== 'UNSUBSCRIBE_LINK_INVALID') throw error;
    html(res, 400, unsubscribePage(language(req), { kind: 'invalid', code }));
  };
  router.get('/:token', (req, res) => {
    try {
      const target = app.services.channels.readUnsubscribeLink(req.params.token);
      html(res, 200, unsubscribePage(language(req), { kind: 'ask', consent: target.consentKind }));
    } catch (error) {
      invalid(req, res, error);
    }
  });
  router.post('/:token', express.urlencoded({ extended: false, limit: '16kb' }), async (req, res) => {
    try {
      await app.services.channels.unsubscribe(req.params.token);
      html(res, 200, unsubscribePage(language(req), { kind: 'done' }));
    } catch (error) {
      invalid(req, res, error);
    }
  });
  return router;
}
