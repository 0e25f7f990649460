import { CARD_TAB_LIMITS } from '@patron/sdk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentProblem, readCardTabContent, VALUE_KINDS } from './card-tab-content.js';

type Kind = (typeof VALUE_KINDS)[number];

const words = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0);
const label = fc.oneof(
  words,
  fc.record({ en: words }, { requiredKeys: [] }).map((l) => ({ ru: 'Метка', ...l })),
);

/** A well-formed value of each kind, or null. */
const goodValue: Record<Kind, fc.Arbitrary<unknown>> = {
  text: fc.string({ maxLength: 50 }),
  number: fc.double({ noNaN: true, noDefaultInfinity: true }),
  money: fc.record({ amount: fc.integer(), currency: fc.constantFrom('USD', 'IRR', 'RUB', 'Points') }),
  date: fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  datetime: fc.oneof(
    fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
    fc
      .date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
  ),
  link: fc.oneof(
    fc.webUrl().map((url) => ({ url, text: 'Open' })),
    fc.uuid().map((customerId) => ({ customerId, text: 'Friend' })),
  ),
  status: fc.record({ text: words, tone: fc.constantFrom('good', 'warning', 'bad', 'neutral') }),
};

/** Values no kind takes as its own: wrong types, non-web addresses, impossible days. */
const wrongFor: Record<Kind, fc.Arbitrary<unknown>> = {
  text: fc.oneof(fc.integer(), fc.constant({ text: 'x' })),
  number: fc.oneof(fc.string(), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY)),
  money: fc.oneof(fc.integer(), fc.constant({ amount: '12', currency: 'USD' })),
  date: fc.constantFrom('2026-02-30', '26-01-01', '2026-1-1', '2026-01-01T00:00:00Z'),
  datetime: fc.constantFrom('yesterday', '2026-01-01', '2026-01-01T10:00:00'),
  link: fc.constantFrom(
    { url: 'javascript:alert(1)' },
    { url: '/customers/1' },
    { url: 'data:text/html,<b>x</b>' },
    { customerId: 'not-a-uuid', text: 'x' },
  ),
  status: fc.constantFrom({ text: 'x', tone: 'red' }, { text: 3, tone: 'good' }),
};

const kind = fc.constantFrom(...VALUE_KINDS);
const field = kind.chain((k) =>
  fc.record({ label, kind: fc.constant(k), value: fc.option(goodValue[k], { nil: null }) }),
);
const table = fc.array(kind, { minLength: 1, maxLength: CARD_TAB_LIMITS.columns }).chain((kinds) =>
  fc.record({
    columns: fc.constant(kinds.map((k) => ({ label: k, kind: k }))),
    rows: fc.array(fc.tuple(...kinds.map((k) => fc.option(goodValue[k], { nil: null }))), { maxLength: 8 }),
  }),
);
const section = fc.oneof(
  fc.record({ title: label, fields: fc.array(field, { maxLength: 8 }) }, { requiredKeys: ['fields'] }),
  fc.record({ title: label, table }, { requiredKeys: ['table'] }),
);
const content = fc.record({ sections: fc.array(section, { maxLength: 5 }) });

const problemIn = (value: unknown): ContentProblem | null => {
  try {
    readCardTabContent(value);
    return null;
  } catch (error) {
    if (error instanceof ContentProblem) return error;
    throw error;
  }
};

describe("a card tab's content", () => {
  it('takes any well-formed content, keeping its sections, fields and cells in order', () => {
    fc.assert(
      fc.property(content, (given) => {
        const shown = readCardTabContent(given);
        expect(shown.sections).toHaveLength(given.sections.length);
        given.sections.forEach((s, i) => {
          const out = shown.sections[i];
          if ('fields' in s) {
            expect(out?.fields?.map((f) => f.value?.kind ?? null)).toEqual(
              s.fields.map((f) => (f.value == null ? null : f.kind.toUpperCase())),
            );
          } else {
            expect(out?.table?.rows.map((r) => r.cells.length)).toEqual(
              s.table.rows.map(() => s.table.columns.length),
            );
          }
        });
      }),
    );
  });

  it('names the path of a value that is not of its kind', () => {
    fc.assert(
      fc.property(content, kind, fc.nat(), (given, k, at) => {
        const bad = fc.sample(wrongFor[k], { numRuns: 1, seed: at })[0];
        const fields = Array.from({ length: (at % 3) + 1 }, () => ({
          label: 'x',
          kind: 'text',
          value: 'fine',
        }));
        const spoiled = fields.length - 1;
        fields[spoiled] = { label: 'x', kind: k, value: bad as string };
        const sections = [...given.sections, { fields }];
        expect(
          problemIn({ sections })?.path.startsWith(
            `sections[${given.sections.length}].fields[${spoiled}].value`,
          ),
        ).toBe(true);
      }),
    );
  });

  it('refuses more rows, sections or text than it shows', () => {
    const row = ['x'];
    const rows = Array.from({ length: CARD_TAB_LIMITS.rows + 1 }, () => row);
    expect(
      problemIn({ sections: [{ table: { columns: [{ label: 'A', kind: 'text' }], rows } }] })?.path,
    ).toBe('sections[0].table.rows');
    const many = Array.from({ length: CARD_TAB_LIMITS.sections + 1 }, () => ({ fields: [] }));
    expect(problemIn({ sections: many })?.path).toBe('sections');
    const long = 'x'.repeat(CARD_TAB_LIMITS.text + 1);
    expect(problemIn({ sections: [{ title: long, fields: [] }] })?.path).toBe('sections[0].title');
    expect(problemIn({ sections: [{ fields: [], table: { columns: [], rows: [] } }] })?.reason).toBe(
      'expected either fields or a table',
    );
    expect(problemIn(null)?.path).toBe('');
  });
});
