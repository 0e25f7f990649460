import type { SendOutcome } from '@patron/sdk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BrowserOutcome, combinedOutcome } from './push-outcome.js';

const REFUSED = ['CHANNEL_SETTINGS_INVALID', 'CHANNEL_MESSAGE_REJECTED', 'CHANNEL_PROVIDER_REFUSED'];
const KEYS_REFUSED = 'CHANNEL_PROVIDER_AUTH_FAILED';
const TRANSIENT = [
  'CHANNEL_PROVIDER_RATE_LIMITED',
  'CHANNEL_PROVIDER_UNAVAILABLE',
  'CHANNEL_PROVIDER_TIMEOUT',
  'CHANNEL_PROVIDER_UNREACHABLE',
];
const GONE = 'CHANNEL_ADDRESS_REJECTED';

/** One browser's answer, as the push service's answers map to outcomes (push-outcome.ts). */
const answer: fc.Arbitrary<SendOutcome> = fc.oneof(
  fc.record({ ok: fc.constant(true as const), providerMessageId: fc.option(fc.string({ minLength: 1 })) }),
  fc.record({
    ok: fc.constant(false as const),
    retryable: fc.constant(false),
    reason: fc.constantFrom(...REFUSED, KEYS_REFUSED, GONE),
    detail: fc.string({ maxLength: 20 }),
  }),
  fc.record({
    ok: fc.constant(false as const),
    retryable: fc.constant(true),
    reason: fc.constantFrom(...TRANSIENT),
    detail: fc.string({ maxLength: 20 }),
  }),
);
/** Up to ten browsers on three push services. */
const browsers: fc.Arbitrary<BrowserOutcome[]> = fc
  .array(
    fc.tuple(answer, fc.constantFrom('https://fcm.test', 'https://mozilla.test', 'https://apple.test')),
    {
      minLength: 1,
      maxLength: 10,
    },
  )
  .map((answers) => answers.map(([outcome, service], i) => ({ address: `browser-${i}`, service, outcome })));

const failed = (o: SendOutcome) => (o.ok ? null : o);

describe("one message's outcome from its browsers'", () => {
  it('is delivered exactly when a browser took it, with the first such one’s id', () => {
    fc.assert(
      fc.property(browsers, (list) => {
        const combined = combinedOutcome(list);
        const first = list.find((b) => b.outcome.ok)?.outcome;
        expect(combined.ok).toBe(Boolean(first));
        if (combined.ok && first?.ok)
          expect(combined.providerMessageId).toBe(first.providerMessageId ?? null);
      }),
    );
  });

  it('names every gone browser, newest first, delivered or not, and those its own service took it beside', () => {
    fc.assert(
      fc.property(browsers, (list) => {
        const tookIt = list.filter((b) => b.outcome.ok).map((b) => b.service);
        const gone = list
          .filter((b) => {
            const reason = failed(b.outcome)?.reason;
            return reason === GONE || (reason === KEYS_REFUSED && tookIt.includes(b.service));
          })
          .map((b) => b.address);
        expect(combinedOutcome(list).rejectedAddresses).toEqual(gone);
      }),
    );
  });

  it('when none took it: a refusal, then a transient failure (still retried), then refused keys, then a gone browser', () => {
    fc.assert(
      fc.property(browsers, (list) => {
        const combined = failed(combinedOutcome(list));
        if (!combined) return;
        const reasons = list.map((b) => failed(b.outcome)?.reason ?? '');
        const refusal = reasons.find((r) => REFUSED.includes(r));
        const transient = reasons.find((r) => TRANSIENT.includes(r));
        if (refusal) {
          expect(combined.retryable).toBe(false);
          // The most telling refusal: the first in REFUSED's order that any browser answered.
          expect(combined.reason).toBe(REFUSED.find((r) => reasons.includes(r)));
        } else if (transient) {
          expect(combined).toMatchObject({ retryable: true, reason: transient });
        } else if (reasons.includes(KEYS_REFUSED)) {
          expect(combined).toMatchObject({ retryable: false, reason: KEYS_REFUSED });
        } else {
          expect(combined).toMatchObject({ retryable: false, reason: GONE });
        }
      }),
    );
  });

  it('forgets a browser subscribed under old keys when its service took the message for another browser', () => {
    const took: SendOutcome = { ok: true, providerMessageId: 'm1' };
    const keys: SendOutcome = { ok: false, retryable: false, reason: KEYS_REFUSED, detail: 'HTTP 403' };
    const busy: SendOutcome = {
      ok: false,
      retryable: true,
      reason: 'CHANNEL_PROVIDER_UNAVAILABLE',
      detail: 'HTTP 503',
    };
    const fcm = 'https://fcm.test';
    expect(
      combinedOutcome([
        { address: 'new', service: fcm, outcome: took },
        { address: 'old', service: fcm, outcome: keys },
        { address: 'apple', service: 'https://apple.test', outcome: keys },
      ]),
    ).toEqual({ ok: true, providerMessageId: 'm1', rejectedAddresses: ['old'] });
    // An old subscription beside a busy service: retried, not failed for good, and nothing forgotten.
    expect(
      combinedOutcome([
        { address: 'old', service: fcm, outcome: keys },
        { address: 'moz', service: 'https://mozilla.test', outcome: busy },
      ]),
    ).toMatchObject({
      ok: false,
      retryable: true,
      reason: 'CHANNEL_PROVIDER_UNAVAILABLE',
      rejectedAddresses: [],
    });
  });

  it("is one browser's own outcome when there is one, and the same whatever order they answered in", () => {
    fc.assert(
      fc.property(answer, (outcome) => {
        const { rejectedAddresses, ...rest } = combinedOutcome([
          { address: 'a', service: 'https://fcm.test', outcome },
        ]);
        expect(rest).toEqual(
          outcome.ok ? { ...outcome, providerMessageId: outcome.providerMessageId ?? null } : outcome,
        );
        expect(rejectedAddresses).toEqual(!outcome.ok && outcome.reason === GONE ? ['a'] : []);
      }),
    );
    fc.assert(
      fc.property(browsers, (list) => {
        const shape = (o: SendOutcome) => (o.ok ? 'ok' : `${o.reason}/${o.retryable}`);
        const reversed = [...list].reverse();
        const a = combinedOutcome(list);
        const b = combinedOutcome(reversed);
        expect(a.ok).toBe(b.ok);
        // Only the transient reasons may differ (the newest transient one is said); their class does not.
        if (!a.ok && !b.ok && !a.retryable) expect(shape(a)).toBe(shape(b));
        if (!a.ok && !b.ok) expect(a.retryable).toBe(b.retryable);
      }),
    );
  });
});
