import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ServerKeys } from '../channels/server-keys.js';
import { compactToken, readCompactToken } from '../channels/signed-token.js';
import { MAX_LINK_NUMBER, readShortClick, shortClickUrl } from './short-click-token.js';

/** The channels service's compact links, over the same signing code, without a database. */
function signer(secret: string) {
  const keys = new ServerKeys(secret);
  return {
    compactLink: (route: string, purpose: string, payload: Buffer) =>
      `https://crm.example/${route}/${compactToken(keys, payload, purpose)}`,
    readCompactLink: (purpose: string, token: string, limits: { minBytes: number; maxLength: number }) =>
      readCompactToken(keys, token, { purpose, ...limits }),
  };
}

const ours = signer('test-only-key-short-clicks-0123456789');
const theirs = signer('test-only-key-another-server-01234567');
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const messageId = fc.bigInt({ min: 1n, max: 2n ** 63n - 1n }).map(String);
const link = fc.integer({ min: 1, max: MAX_LINK_NUMBER });
const tokenOf = (url: string | null) => (url as string).slice('https://crm.example/c/'.length);

describe('short click tokens', () => {
  it('give back any message id and link number they were made of', () => {
    fc.assert(
      fc.property(messageId, link, (id, number) => {
        const url = shortClickUrl(ours, { messageId: id, link: number });
        expect(url).toMatch(/^https:\/\/crm\.example\/c\/[A-Za-z0-9_-]+$/);
        expect(readShortClick(ours, tokenOf(url))).toEqual({ messageId: id, link: number });
      }),
    );
  });

  it('are at most 20 characters for a message id below 2^35 and a link below 128', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 2n ** 35n - 1n }),
        fc.integer({ min: 1, max: 127 }),
        (id, number) => {
          const token = tokenOf(shortClickUrl(ours, { messageId: String(id), link: number }));
          expect(token.length).toBeLessThanOrEqual(20);
        },
      ),
    );
    expect(
      tokenOf(shortClickUrl(ours, { messageId: String(2n ** 63n - 1n), link: MAX_LINK_NUMBER })).length,
    ).toBe(26);
  });

  it('refuse any token with a character changed, added or taken away', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('change' as const), at: fc.nat(), to: fc.constantFrom(...BASE64URL) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), to: fc.constantFrom(...BASE64URL) }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat(), to: fc.constant('') }),
    );
    fc.assert(
      fc.property(messageId, link, edit, (id, number, e) => {
        const token = tokenOf(shortClickUrl(ours, { messageId: id, link: number }));
        const at = e.at % (token.length + (e.kind === 'insert' ? 1 : 0));
        const skip = e.kind === 'insert' ? 0 : 1;
        const altered = token.slice(0, at) + e.to + token.slice(at + skip);
        fc.pre(altered !== token);
        expect(readShortClick(ours, altered)).toBeNull();
      }),
    );
  });

  it("refuse another server's tokens, refuse other signatures' tokens and refuse what is no token", () => {
    fc.assert(
      fc.property(messageId, link, (id, number) => {
        expect(
          readShortClick(ours, tokenOf(shortClickUrl(theirs, { messageId: id, link: number }))),
        ).toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(readShortClick(ours, text)).toBeNull();
      }),
    );
    // The same payload signed for another purpose is no click token.
    const payload = Buffer.from([5, 1]);
    const keys = new ServerKeys('test-only-key-short-clicks-0123456789');
    expect(readShortClick(ours, compactToken(keys, payload, 'mailing-click'))).toBeNull();
    expect(readShortClick(ours, compactToken(keys, payload, 'mailing-short-click'))).toEqual({
      messageId: '5',
      link: 1,
    });
  });

  it('make no link of what is no message id or link number', () => {
    expect(shortClickUrl(ours, { messageId: '0', link: 1 })).toBeNull();
    expect(shortClickUrl(ours, { messageId: '12x', link: 1 })).toBeNull();
    expect(shortClickUrl(ours, { messageId: '1', link: 0 })).toBeNull();
    expect(shortClickUrl(ours, { messageId: '1', link: MAX_LINK_NUMBER + 1 })).toBeNull();
  });
});
