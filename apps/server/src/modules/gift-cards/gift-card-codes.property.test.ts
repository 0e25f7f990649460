import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';
import { CODE_ALPHABET, codeFragment, newCode, normalCode } from './gift-card-codes.js';

const ISSUE = `mutation($input: IssueGiftCardsInput!) { issueGiftCards(input: $input) { codes } }`;
const CHECK = 'query($code: String!) { giftCard(code: $code) { code } }';

const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const SEPARATORS = ['', ' ', '-', '  ', ' - ', '\u2013', '\u00a0'];

/** The code as someone might type it: any case, digit script and grouping, one choice per character. */
const typedAs = (code: string) =>
  fc
    .tuple(
      fc.array(fc.constantFrom('upper', 'lower', 'persian', 'arabic'), { minLength: 12, maxLength: 12 }),
      fc.array(fc.constantFrom(...SEPARATORS), { minLength: 13, maxLength: 13 }),
    )
    .map(([styles, gaps]) =>
      [...code]
        .map((ch, i) => {
          const style = styles[i];
          const digit = /\d/.test(ch) ? Number(ch) : null;
          const typed =
            digit !== null && style === 'persian'
              ? PERSIAN[digit]
              : digit !== null && style === 'arabic'
                ? ARABIC_INDIC[digit]
                : style === 'lower'
                  ? ch.toLowerCase()
                  : ch;
          return `${gaps[i]}${typed}`;
        })
        .join('')
        .concat(gaps[12] ?? ''),
    );

describe('code normalisation (no database)', () => {
  it('reads every typing of a code as the code, and fresh codes are well formed', () => {
    fc.assert(
      fc.property(
        fc.constant(null).chain(() => {
          const code = newCode();
          return typedAs(code).map((typed) => ({ code, typed }));
        }),
        ({ code, typed }) => {
          expect(code).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
          expect(normalCode(typed)).toBe(code);
          expect(codeFragment(typed)).toBe(code);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses anything that cannot be a code', () => {
    for (const bad of ['', 'ABCD-EFGH-JKL', 'ABCD-EFGH-JKLMN', 'ABCD-EFGH-JKL0', 'OOOO-IIII-1111'])
      expect(normalCode(bad), bad).toBeNull();
  });
});

let server: TestServer;
let ws: TestWorkspace;
let codes: string[];

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  codes = (
    await ws.as.MANAGER.requestOk(ISSUE, { input: { currency: 'credit', value: 1, count: 200 } })
  ).issueGiftCards.codes.map((c: string) => c.replace(/-/g, ''));
});
afterAll(async () => server?.close());

describe('code normalisation (over the API)', () => {
  it('any grouping, case and digit script of a code finds the same card', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 0, max: 199 })
          .chain((i) => typedAs(codes[i] as string).map((typed) => ({ i, typed }))),
        async ({ i, typed }) => {
          const { giftCard } = await ws.as.OPERATOR.requestOk(CHECK, { code: typed });
          expect(giftCard?.code.replace(/-/g, '')).toBe(codes[i]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a code with one character changed is not found', async () => {
    const issued = new Set(codes);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 199 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 31 }),
        async (i, at, shift) => {
          const code = codes[i] as string;
          const next = CODE_ALPHABET[(CODE_ALPHABET.indexOf(code[at] as string) + shift) % 32] as string;
          const changed = `${code.slice(0, at)}${next}${code.slice(at + 1)}`;
          fc.pre(!issued.has(changed));
          expect((await ws.as.OPERATOR.requestOk(CHECK, { code: changed })).giftCard).toBeNull();
        },
      ),
      { numRuns: 60 },
    );
  });
});
