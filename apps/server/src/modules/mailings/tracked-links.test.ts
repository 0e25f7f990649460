import { describe, expect, it } from 'vitest';
import { trackLinks } from './tracked-links.js';

const UNSUBSCRIBE = 'https://crm.example/unsubscribe/abc.def';
const tracking = {
  unsubscribeUrl: UNSUBSCRIBE,
  click: (url: string) => `https://crm.example/c/${encodeURIComponent(url)}`,
  pixel: 'https://crm.example/o/xyz',
};

describe('trackLinks', () => {
  it('rewrites http(s) hrefs, decoding the entities of the attribute, and keeps their quotes', () => {
    const { html } = trackLinks(
      {
        text: '',
        html: `<a href="https://shop.example/?a=1&amp;b=2">x</a><a class="b" HREF='http://blog.example/'>y</a>`,
      },
      { ...tracking, pixel: null },
    );
    expect(html).toBe(
      `<a href="https://crm.example/c/${encodeURIComponent('https://shop.example/?a=1&b=2')}">x</a>` +
        `<a class="b" HREF='https://crm.example/c/${encodeURIComponent('http://blog.example/')}'>y</a>`,
    );
  });

  it('leaves the unsubscribe link, mailto:, anchors, relative and over-long links as they are', () => {
    const long = `https://shop.example/${'a'.repeat(2100)}`;
    const html = `<a href="${UNSUBSCRIBE}">u</a><a href="mailto:a@b.c">m</a><a href="#top">t</a><a href="/x">r</a><a href="${long}">l</a>`;
    expect(trackLinks({ text: '', html }, { ...tracking, pixel: null }).html).toBe(html);
  });

  it("rewrites the text's bare links without the sentence's closing marks", () => {
    const { text } = trackLinks(
      { text: `See https://shop.example/sale. (Or http://blog.example/x), bye ${UNSUBSCRIBE}`, html: null },
      tracking,
    );
    expect(text).toBe(
      `See https://crm.example/c/${encodeURIComponent('https://shop.example/sale')}. (Or https://crm.example/c/${encodeURIComponent('http://blog.example/x')}), bye ${UNSUBSCRIBE}`,
    );
  });

  it('puts the tracking image before </body>, or at the end without one', () => {
    const image = '<img src="https://crm.example/o/xyz" width="1" height="1" alt=""';
    expect(trackLinks({ text: '', html: '<body><p>x</p></BODY>' }, tracking).html).toMatch(
      new RegExp(`^<body><p>x</p>${image}[^>]*></BODY>$`),
    );
    expect(trackLinks({ text: '', html: '<p>x</p>' }, tracking).html).toMatch(
      new RegExp(`^<p>x</p>${image}`),
    );
    expect(trackLinks({ text: 'x', html: null }, tracking).html).toBeNull();
  });

  it('leaves everything as written when no tracked address can be made (no PATRON_SECRET_KEY)', () => {
    const message = { text: 'https://shop.example/', html: '<a href="https://shop.example/">x</a>' };
    expect(trackLinks(message, { unsubscribeUrl: null, click: () => null, pixel: null })).toEqual(message);
  });
});
