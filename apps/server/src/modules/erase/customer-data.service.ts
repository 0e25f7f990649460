import { isUuid } from '../../common/ids.js';
import type { PreparedPool } from '../../db/prepared-pool.js';
import { refusal } from '../../graphql/errors.js';

/** An amount in minor units as units of a currency with these decimals. */
const units = (column: string) => `(${column}::numeric / power(10, c.decimals))::float8`;

/**
 * Everything the workspace holds about one customer, for the customer's right of access: the
 * profile and its child profiles, tags, tier, balances and every ledger operation, purchases with
 * their returns, referrals and the whole history. Read in one snapshot (repeatable read), so totals
 * and operations agree.
 */
export class CustomerDataService {
  constructor(private readonly sql: PreparedPool) {}

  async collect(workspaceId: string, customerId: string): Promise<Record<string, unknown>> {
    if (!isUuid(customerId)) throw refusal('CUSTOMER_NOT_FOUND');
    return this.sql.transaction(async (run) => {
      await run('set transaction isolation level repeatable read', []);
      const one = async (text: string) =>
        (await run<{ data: unknown }>(text, [workspaceId, customerId]))[0]?.data ?? null;
      const customer = await one(
        `select jsonb_build_object('id', x.id, 'status', x.status, 'attributes', x.attributes,
                  'createdAt', x.created_at, 'updatedAt', x.updated_at, 'deletedAt', x.deleted_at,
                  'mainCustomerId', x.main_customer_id,
                  'tags', coalesce((select jsonb_agg(t.name order by lower(t.name)) from tag t
                                     where t.workspace_id = x.workspace_id and t.id = any(x.tags)), '[]')) as data
           from customer x where x.workspace_id = ? and x.id = ?`,
      );
      if (!customer) throw refusal('CUSTOMER_NOT_FOUND');
      const list = (text: string) => one(`select coalesce(jsonb_agg(r), '[]') as data from (${text}) r`);
      return {
        exportedAt: new Date().toISOString(),
        customer,
        childProfiles: await list(
          `select id, status, attributes, created_at as "createdAt" from customer
            where workspace_id = ? and main_customer_id = ? order by created_at, id`,
        ),
        tier: await one(
          `select jsonb_build_object('key', t.key, 'name', t.name, 'since', ct.since) as data
             from customer_tier ct join tier t on t.workspace_id = ct.workspace_id and t.id = ct.tier_id
            where ct.workspace_id = ? and ct.customer_id = ?`,
        ),
        balances: await list(
          `select c.key as currency, ${units('b.amount')} as amount, b.updated_at as "updatedAt"
             from balance b join currency c on c.workspace_id = b.workspace_id and c.id = b.currency_id
            where b.workspace_id = ? and b.customer_id = ? order by c.position`,
        ),
        ledger: await list(
          `select o.id::text as id, c.key as currency, o.kind, ${units('o.amount')} as amount,
                  ${units('o.balance_after')} as "balanceAfter", o.expires_at as "expiresAt", o.reason,
                  o.comment, o.reverses_id::text as "reversesId", o.created_at as "createdAt",
                  jsonb_build_object('kind', o.actor_kind, 'name', o.actor_name) as actor
             from ledger_operation o join currency c on c.workspace_id = o.workspace_id and c.id = o.currency_id
            where o.workspace_id = ? and o.customer_id = ? order by o.id`,
        ),
        purchases: await list(
          `select p.id, p.invoice_number as "invoiceNumber", p.amount::float8 as amount,
                  p.paid_amount::float8 as "paidAmount", p.returned_amount::float8 as "returnedAmount",
                  p.items, p.branch, p.payment_status as "paymentStatus", p.purchased_at as "purchasedAt",
                  coalesce((select jsonb_agg(jsonb_build_object('amount', r.amount::float8, 'reason', r.reason,
                                'createdAt', r.created_at) order by r.created_at)
                              from purchase_return r where r.workspace_id = p.workspace_id and r.purchase_id = p.id),
                           '[]') as returns
             from purchase p where p.workspace_id = ? and p.customer_id = ? order by p.purchased_at, p.id`,
        ),
        referral: await one(
          `select jsonb_build_object(
                    'referredBy', (select referrer_id from referral where workspace_id = w.ws and customer_id = w.id),
                    'referred', coalesce((select jsonb_agg(customer_id order by created_at) from referral
                                           where workspace_id = w.ws and referrer_id = w.id), '[]')) as data
             from (select ?::uuid as ws, ?::uuid as id) w`,
        ),
        history: await list(
          `select id::text as id, type, occurred_at as "occurredAt", changes,
                  jsonb_build_object('kind', actor_kind, 'name', actor_name) as actor
             from history_event where workspace_id = ? and customer_id = ? order by id`,
        ),
      };
    });
  }
}
