import express, { type Request, type Response, type Router } from 'express';
import type { PatronApp } from '../../app.js';
import { escapeHtml, type PageLanguage, pageLanguage, publicPage } from '../channels/unsubscribe-page.js';
import type { Engagement } from './message-engagement.js';
import type { TrackedMessage } from './tracking-token.js';

const WORDS = {
  en: {
    title: 'Link not found',
    invalid: 'This link is damaged or not ours. Please use the link in the message as it came.',
  },
  ru: {
    title: 'Ссылка не найдена',
    invalid:
      'Ссылка повреждена или выдана не нами. Откройте ссылку из сообщения в том виде, в каком она пришла.',
  },
  fa: {
    title: 'پیوند پیدا نشد',
    invalid: 'این پیوند خراب است یا از ما نیست. لطفاً پیوند را همان‌طور که در پیام آمده باز کنید.',
  },
} as const satisfies Record<PageLanguage, { title: string; invalid: string }>;

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function notOurs(req: Request, res: Response) {
  const lang = pageLanguage(req.query.lang, req.get('accept-language'));
  const w = WORDS[lang];
  res
    .status(404)
    .type('html')
    .setHeader('cache-control', 'no-store')
    .send(
      publicPage(lang, w.title, `<p>${escapeHtml(w.invalid)}</p><p class="code">MAILING_LINK_INVALID</p>`),
    );
}

/**
 * `GET /c/:token`: a mailing's tracked link. Only a token this server signed is followed (302 to the
 * link it names, recorded the first time); anything else is a 404 page, never a redirect: no one can
 * make our address send people elsewhere. A recording that fails still lets the recipient through.
 */
export function clickRoute(app: PatronApp, log: (m: string) => void): Router {
  const router = express.Router();
  router.get('/:token', async (req, res) => {
    // A short token's link is read from the database: its failure is a 500, not a false 404.
    const target = await app.services.mailings.findClick(req.params.token);
    if (!target) return notOurs(req, res);
    await record(app, log, target, { kind: 'CLICKED', url: target.url });
    res.setHeader('cache-control', 'no-store');
    res.redirect(302, target.url);
  });
  return router;
}

/** `GET /o/:token`: a mailing's tracking image; its first load records the message as opened. */
export function openRoute(app: PatronApp, log: (m: string) => void): Router {
  const router = express.Router();
  router.get('/:token', async (req, res) => {
    const target = app.services.mailings.readOpen(req.params.token);
    if (!target) return notOurs(req, res);
    await record(app, log, target, { kind: 'OPENED' });
    res.status(200).type('gif').setHeader('cache-control', 'no-store').send(PIXEL);
  });
  return router;
}

async function record(app: PatronApp, log: (m: string) => void, target: TrackedMessage, what: Engagement) {
  try {
    await app.services.mailings.recordEngagement(target, what);
  } catch (error) {
    log(`mailings: a ${what.kind.toLowerCase()} was not recorded: ${(error as Error).message}`);
  }
}
