import type { PatronApp } from '../../app.js';

type Execute = (query: unknown, params?: unknown, ...rest: unknown[]) => Promise<unknown>;

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the customer query the service runs for `call`: statements are captured
 * at the ORM connection (the service builds its SQL at run time) and timed; the one reading `customer`
 * is explained through the same connection with the same parameters and the same `set local` settings.
 */
export async function explainService(app: PatronApp, call: () => Promise<unknown>): Promise<string> {
  const conn = app.orm.em.getConnection() as unknown as { execute: Execute };
  const original = conn.execute;
  const seen: { query: string; params: unknown; ms: number }[] = [];
  conn.execute = async function (this: unknown, query, params, ...rest) {
    const start = performance.now();
    try {
      return await original.call(conn, query, params, ...rest);
    } finally {
      if (typeof query === 'string') seen.push({ query, params, ms: performance.now() - start });
    }
  };
  try {
    await call();
  } finally {
    conn.execute = original;
  }
  if (seen.length === 0) return '(the service ran no SQL through the ORM connection)';
  // The customer query itself, not the registry look-ups around it (listed with their times instead).
  const main =
    [...seen].filter((s) => /from customer c\b/.test(s.query)).sort((a, b) => b.ms - a.ms)[0] ?? seen[0];
  // Settings the service made for its statement (`set local …`) hold for the explained run too, in a
  // transaction of its own: explained without them, a serial count showed a parallel plan.
  const settings = seen.filter((s) => /^\s*set local /i.test(s.query));
  const plan = await app.orm.em.fork().transactional(async (em) => {
    const ctx = em.getTransactionContext();
    for (const s of settings) await original.call(conn, s.query, s.params, 'all', ctx);
    return (await original.call(
      conn,
      `explain (analyze, buffers) ${main?.query}`,
      main?.params,
      'all',
      ctx,
    )) as Record<string, string>[];
  });
  return [
    `-- ${seen.length} statements in this call:`,
    ...seen.map(
      (s) => `--   ${s.ms.toFixed(1).padStart(6)} ms  ${s.query.replace(/\s+/g, ' ').slice(0, 110)}`,
    ),
    `-- explained: ${main?.query.replace(/\s+/g, ' ')}`,
    ...plan.map((r) => r['QUERY PLAN']),
  ].join('\n');
}

export async function explainBaseline(
  query: (text: string, params: unknown[]) => Promise<{ rows: Record<string, string>[] }>,
  sql: { text: string; params: unknown[] },
): Promise<string> {
  const { rows } = await query(`explain (analyze, buffers) ${sql.text}`, sql.params);
  return [sql.text.replace(/\s+/g, ' '), ...rows.map((r) => r['QUERY PLAN'])].join('\n');
}
