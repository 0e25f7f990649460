import type { PatronApp } from '../../app.js';

/** Test setup in plain SQL: the purchase service is not needed to score purchases. */
export function rfmTestData(app: PatronApp) {
  const sql = <T>(text: string, params: unknown[] = []) =>
    app.orm.em.getConnection().execute<T[]>(text, params);
  let n = 0;
  return {
    sql,
    async customer(workspaceId: string, name: string, deleted = false): Promise<string> {
      const [row] = await sql<{ id: string }>(
        `insert into customer (workspace_id, attributes, deleted_at) values (?, jsonb_build_object('firstName', ?::text), ?) returning id`,
        [workspaceId, name, deleted ? new Date() : null],
      );
      return (row as { id: string }).id;
    },
    /** A purchase `daysAgo` days before now, `returned` of it returned. */
    async purchase(
      workspaceId: string,
      customerId: string,
      amount: number,
      daysAgo: number,
      returned = 0,
    ): Promise<string> {
      const [row] = await sql<{ id: string }>(
        `insert into purchase (workspace_id, customer_id, idempotency_key, request_hash, amount, paid_amount,
                               payment_status, purchased_at, returned_amount, actor_kind, actor_name)
         values (?, ?, ?, 'test', ?, ?, 'PAID', now() - make_interval(days => ?), ?, 'system', 'Test')
         returning id`,
        [workspaceId, customerId, `rfm-test-${++n}`, amount, amount, daysAgo, returned],
      );
      return (row as { id: string }).id;
    },
  };
}
