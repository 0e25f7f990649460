import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/harness.js';
import { segmentOf } from './rfm-segments.js';
import { rfmTestData } from './rfm-test-data.js';

let server: TestServer;
let workspaceId: string;
let data: ReturnType<typeof rfmTestData>;

beforeAll(async () => {
  server = await startTestServer();
  workspaceId = (await server.workspace()).id;
  data = rfmTestData(server.app);
});
afterAll(async () => server?.close());

/** A purchase: days ago, amount, and how much of it was returned (none, part, all). */
const purchase = fc.record({
  days: fc.integer({ min: 0, max: 400 }),
  amount: fc.integer({ min: 1, max: 1000 }),
  returned: fc.constantFrom('none', 'part', 'all'),
});
const customers = fc.array(fc.array(purchase, { maxLength: 5 }), { minLength: 1, maxLength: 25 });

interface Figures {
  recency_days: number;
  frequency: number;
  monetary: number;
}

/** The scoring rule, independently: 1 + ⌊5 × (rank − 1) / n⌋, rank the middle of a tie's places. */
function score(values: number[], value: number, higherIsBetter: boolean): number {
  const below = values.filter((v) => (higherIsBetter ? v < value : v > value)).length;
  const ties = values.filter((v) => v === value).length;
  return 1 + Math.floor((5 * (2 * below + ties - 1)) / (2 * values.length));
}

describe('RFM scores (property, real PostgreSQL)', () => {
  it('match the rule, stay within 1..5, rank monotonically, and a second run changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(customers, async (shoppers) => {
        await data.sql('delete from purchase where workspace_id = ?', [workspaceId]);
        const expected = new Map<string, Figures>();
        for (const [i, purchases] of shoppers.entries()) {
          const id = await data.customer(workspaceId, `Shopper ${i}`);
          let frequency = 0;
          let monetary = 0;
          let recency = Infinity;
          for (const p of purchases) {
            const returned = p.returned === 'all' ? p.amount : p.returned === 'part' ? p.amount / 2 : 0;
            await data.purchase(workspaceId, id, p.amount, p.days, returned);
            if (returned === p.amount) continue;
            frequency++;
            monetary += p.amount - returned;
            recency = Math.min(recency, p.days);
          }
          if (frequency) expected.set(id, { recency_days: recency, frequency, monetary });
        }
        const run = await server.app.services.rfm.recompute(workspaceId);
        expect(run.customersScored).toBe(expected.size);
        const rows = await data.sql<
          Figures & {
            customer_id: string;
            r: number;
            f: number;
            m: number;
            segment: string;
            monetary: string;
          }
        >('select * from customer_rfm where workspace_id = ?', [workspaceId]);
        expect(new Set(rows.map((r) => r.customer_id))).toEqual(new Set(expected.keys()));
        const all = [...expected.values()];
        for (const row of rows) {
          const want = expected.get(row.customer_id) as Figures;
          expect({ ...row, monetary: Number(row.monetary) }).toMatchObject({
            ...want,
            r: score(
              all.map((x) => x.recency_days),
              want.recency_days,
              false,
            ),
            f: score(
              all.map((x) => x.frequency),
              want.frequency,
              true,
            ),
            m: score(
              all.map((x) => x.monetary),
              want.monetary,
              true,
            ),
            segment: segmentOf(row.r, row.f),
          });
          for (const s of [row.r, row.f, row.m]) expect(s >= 1 && s <= 5).toBe(true);
        }
        for (const a of rows)
          for (const b of rows) {
            if (a.recency_days < b.recency_days) expect(a.r).toBeGreaterThanOrEqual(b.r);
            if (a.frequency > b.frequency) expect(a.f).toBeGreaterThanOrEqual(b.f);
            if (Number(a.monetary) > Number(b.monetary)) expect(a.m).toBeGreaterThanOrEqual(b.m);
            if (a.recency_days === b.recency_days) expect(a.r).toBe(b.r);
          }
        expect((await server.app.services.rfm.recompute(workspaceId)).segmentsChanged).toBe(0);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
