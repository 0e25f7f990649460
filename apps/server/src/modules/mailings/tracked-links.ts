import { isTrackable } from './tracking-token.js';

export interface Trackable {
  text: string;
  html: string | null;
}

export interface Tracking {
  /** The recipient's unsubscribe link: never rewritten (it must work without us in the way). */
  unsubscribeUrl: string | null;
  /** The tracked address of a link; null leaves it as it is. */
  click: (url: string) => string | null;
  /** The tracking image's address, appended to the HTML body; null: none. */
  pixel: string | null;
}

const HREF = /(\shref\s*=\s*)(["'])(.*?)\2/gi;
// A bare link in text ends before white space or what cannot be in it; a trailing sentence mark is not its.
const BARE = /https?:\/\/[^\s<>"']+/gi;
const TRAILING = /[.,;:!?)\]}]+$/;

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&lt;': '<',
  '&gt;': '>',
};
/** The link an attribute names (the template engine escapes what it puts in HTML). */
const decodeAttribute = (v: string) =>
  v.replace(/&(?:amp|quot|#39|#x27|lt|gt);/gi, (e) => ENTITIES[e.toLowerCase()] ?? e);

/**
 * Every http(s) link of the HTML body (`href`) and the bare links of the text, but the unsubscribe
 * link, go through the click route; the HTML body gets the tracking image before `</body>`.
 */
export function trackLinks(message: Trackable, tracking: Tracking): Trackable {
  const swap = (url: string) => {
    if (url === tracking.unsubscribeUrl || !isTrackable(url)) return null;
    return tracking.click(url);
  };
  const html =
    message.html?.replace(HREF, (whole, lead: string, quote: string, value: string) => {
      const tracked = swap(decodeAttribute(value.trim()));
      return tracked ? `${lead}${quote}${tracked}${quote}` : whole;
    }) ?? null;
  const text = message.text.replace(BARE, (found) => {
    const url = found.replace(TRAILING, '');
    const tracked = swap(url);
    return tracked ? tracked + found.slice(url.length) : found;
  });
  return { text, html: html && tracking.pixel ? withPixel(html, tracking.pixel) : html };
}

/** The bare http(s) links of a text, without a trailing sentence mark, in order. */
export function bareLinks(text: string): string[] {
  return [...text.matchAll(BARE)].map((m) => m[0].replace(TRAILING, ''));
}

function withPixel(html: string, src: string): string {
  const image = `<img src="${src}" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px">`;
  const end = html.search(/<\/body\s*>/i);
  return end < 0 ? html + image : html.slice(0, end) + image + html.slice(end);
}
