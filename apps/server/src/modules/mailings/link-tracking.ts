import type { ChannelService } from '../channels/channel.service.js';
import type { MessageTemplateService } from '../message-templates/message-template.service.js';
import type { RenderedMessage } from '../message-templates/template-renderer.js';
import type { MailingService } from './mailing.service.js';
import type { ClaimedMessage } from './message-states.js';
import { shortClickUrl } from './short-click-token.js';
import { bareLinks, trackLinks } from './tracked-links.js';
import { clickUrl, isTrackable, openUrl } from './tracking-token.js';

export interface TrackingMailing {
  workspace_id: string;
  id: string;
  channel: string;
  template_id: string | null;
  track_clicks: boolean;
}

/** How the messages of one batch of a mailing get their tracked links. */
export interface BatchTracking {
  /** The rendered message with its links through the click route. */
  message(m: ClaimedMessage, content: RenderedMessage, unsubscribeUrl: string | null): RenderedMessage;
  /** The tracked address of a link the channel adds itself (a push notification's click URL). */
  ownLink(m: ClaimedMessage, unsubscribeUrl: string | null): ((url: string) => Promise<string | null>) | null;
}

const AS_WRITTEN: BatchTracking = { message: (_m, content) => content, ownLink: () => null };

/** A notification's text is shown, not followed (a click opens its click URL): its links stay readable. */
const LINKS_NOT_IN_TEXT = new Set(['PUSH']);
/** A link the template writes with a variable or tag in it is made per customer: not numbered. */
const TEMPLATED = /\{[{%]/;

interface Deps {
  channels: ChannelService;
  templates: MessageTemplateService;
  mailings: MailingService;
}

/**
 * A mailing that tracks clicks (and a server with PATRON_SECRET_KEY): an email's links go through
 * the click route with the long token that carries the link, plus the tracking image; any other
 * channel's (SMS, Telegram, push, a plugin's) through a short one (`short-click-token.ts`) naming the
 * message and the link's number among the mailing's links (`mailing-links.ts`): every character of
 * an SMS is paid for. Those are the links written in the template; the unsubscribe link never.
 * Telegram messages go as plain text (no parse_mode): a link swapped for another is all that changes.
 */
export async function batchTracking(deps: Deps, mailing: TrackingMailing): Promise<BatchTracking> {
  if (!mailing.track_clicks || !deps.channels.signsLinks) return AS_WRITTEN;
  const ws = mailing.workspace_id;
  if (mailing.channel === 'EMAIL')
    return {
      message: (m, content, unsubscribeUrl) => {
        const message = { workspaceId: ws, messageId: m.id };
        const tracked = trackLinks(content, {
          unsubscribeUrl,
          click: (url) => clickUrl(deps.channels, message, url),
          pixel: openUrl(deps.channels, message),
        });
        return { ...content, ...tracked };
      },
      ownLink: () => null,
    };

  const template = mailing.template_id
    ? await deps.templates.get(ws, mailing.template_id, []).catch(() => null)
    : null;
  const written = LINKS_NOT_IN_TEXT.has(mailing.channel)
    ? []
    : (template?.contents ?? []).flatMap((c) => bareLinks(c.text ?? '')).filter((u) => !TEMPLATED.test(u));
  const numbers = await deps.mailings.linkNumbers(ws, mailing.id, written);
  const short = (m: ClaimedMessage, link: number | undefined) =>
    link ? shortClickUrl(deps.channels, { messageId: m.id, link }) : null;
  // A channel's own link is numbered when first asked for; the batch's messages share the answer.
  const asked = new Map<string, Promise<number | undefined>>();
  const numberOf = (url: string) => {
    const known = numbers.get(url);
    if (known) return Promise.resolve(known);
    let found = asked.get(url);
    if (!found) {
      found = deps.mailings.linkNumbers(ws, mailing.id, [url]).then(
        (n) => n.get(url),
        () => undefined,
      );
      asked.set(url, found);
    }
    return found;
  };
  return {
    message: (m, content, unsubscribeUrl) => {
      if (!numbers.size) return content;
      const tracked = trackLinks(content, {
        unsubscribeUrl,
        click: (url) => short(m, numbers.get(url)),
        pixel: null,
      });
      return { ...content, ...tracked };
    },
    ownLink: (m, unsubscribeUrl) => async (url) =>
      url === unsubscribeUrl || !isTrackable(url) ? null : short(m, await numberOf(url)),
  };
}
