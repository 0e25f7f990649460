import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestWorkspace } from '../../testing/harness.js';

/**
 * "Has any of these tags and created after …" must be able to read only the customers both indexes
 * name (a bitmap AND of the tags GIN and the created_at btree). With the tags index partial on
 * `deleted_at is null`, like the btree, PostgreSQL never combines the two (migration 51).
 * Speed is not asserted: bitmap plans are forced and the plan's shape is checked.
 */
let server: TestServer;
let ws: TestWorkspace;
let tagId: string;

beforeAll(async () => {
  server = await startTestServer();
  ws = await server.workspace();
  tagId = (await server.app.services.tags.create(ws.id, { name: 'vip', color: '#112233' })).id;
  // 20,000 customers of a realistic width (about six a page) over 1,000 days, one in ten tagged.
  const conn = server.app.orm.em.getConnection();
  await conn.execute(
    `insert into customer (workspace_id, attributes, tags, created_at)
     select ?, jsonb_build_object('notes', repeat(md5(i::text), 35)),
            case when i % 10 = 0 then array[?]::uuid[] else '{}' end, now() - (i * 7 % 1000) * interval '1 day'
       from generate_series(1, 20000) i`,
    [ws.id, tagId],
  );
  await conn.execute('analyze customer');
});
afterAll(async () => server?.close());

async function countPlan(filter: unknown): Promise<string> {
  const where = await server.app.services.customerSearch.where(
    { workspaceId: ws.id, staffId: null },
    { filter: filter as never },
  );
  return server.app.orm.em.fork().transactional(async (em) => {
    const conn = em.getConnection();
    const ctx = em.getTransactionContext();
    for (const off of ['enable_seqscan', 'enable_indexscan', 'enable_indexonlyscan'])
      await conn.execute(`set local ${off} = off`, [], 'all', ctx);
    const rows = await conn.execute<{ 'QUERY PLAN': string }[]>(
      `explain (costs off) select count(*) from customer c where ${where.sql}`,
      where.params,
      'all',
      ctx,
    );
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

describe('the tags index', () => {
  it('combines with the created_at index for tags and a creation date', async () => {
    const plan = await countPlan({
      op: 'AND',
      conditions: [
        { field: 'tags', operator: 'hasAny', value: [tagId] },
        {
          field: 'createdAt',
          operator: 'after',
          value: new Date(Date.now() - 100 * 86_400_000).toISOString(),
        },
      ],
    });
    expect(plan).toContain('BitmapAnd');
    expect(plan).toContain('Bitmap Index Scan on customer_tags');
    expect(plan).toContain('Bitmap Index Scan on customer_created');
  });

  it('keeps deleted customers out of a tag count, though the index now holds them', async () => {
    const viewer = { workspaceId: ws.id, staffId: null };
    const query = {
      filter: { op: 'AND' as const, conditions: [{ field: 'tags', operator: 'hasAny', value: [tagId] }] },
    };
    const before = await server.app.services.customerSearch.count(viewer, query as never);
    await server.app.orm.em
      .getConnection()
      .execute(
        'update customer set deleted_at = now() where id = (select id from customer where workspace_id = ? and tags && array[?]::uuid[] limit 1)',
        [ws.id, tagId],
      );
    expect(before).toBe(2000);
    expect(await server.app.services.customerSearch.count(viewer, query as never)).toBe(1999);
  });
});
