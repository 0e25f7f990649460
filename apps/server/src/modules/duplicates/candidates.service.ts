import type { MikroORM } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/ids.js';
import { workspaceEm } from '../../db/workspace-scope.js';
import { refusal } from '../../graphql/errors.js';
import { Customer } from '../customers/customer.entity.js';

export type CandidateReason = 'EMAIL' | 'NAME_BIRTH_DATE';

export interface CandidateGroup {
  reason: CandidateReason;
  /** The shared email, or the shared birth date. */
  key: string;
  /** 100 for a shared email; for names, the trigram similarity of the whole names × 90. */
  score: number;
  customers: Customer[];
}

export interface CandidatePage {
  groups: CandidateGroup[];
  totalCount: number;
  counts: { reason: CandidateReason; count: number }[];
}

/** Names at least this similar (pg_trgm similarity of "first last", lower-cased) are offered. */
export const NAME_SIMILARITY = 0.5;
/**
 * An email, or a birth date and name part, shared by more customers than this is a placeholder
 * (no@mail.com, 1 January of some year, an imported default), not one person: it is not offered (and a
 * name block that large would be compared with itself quadratically).
 */
export const MAX_BLOCK = 20;

/**
 * Groups of live customers that may be one person. Mobile numbers are unique among live customers
 * (a second profile with a taken mobile can only arrive as a child), so the rules are: the same email
 * (a group of every customer sharing it; an index-only walk, migration 26), and similar names with the
 * same birth date (pairs). Name pairs are formed only within blocks of customers sharing the birth date
 * and their first or their last name (one pass over the customers), then kept when the whole names are
 * similar; a block larger than MAX_BLOCK is skipped.
 */
const CANDIDATES = `
with email_groups as (
  select 'EMAIL'::text as reason, email as key, 100::numeric as score, array_agg(id order by id) as ids
    from customer
   where workspace_id = ? and deleted_at is null and email is not null
   group by email having count(*) between 2 and ?
),
blocks as (
  select c.bd, array_agg(c.id order by c.id) as ids
    from (select id, attributes->>'birthDate' as bd, v.k from customer,
                 lateral (values ('f:' || lower(first_name)), ('l:' || lower(last_name))) as v(k)
           where workspace_id = ? and deleted_at is null and attributes->>'birthDate' is not null) c
   where c.k is not null
   group by c.bd, c.k having count(*) between 2 and ?
),
blocked as (
  select distinct a.id as a, b.id as b, bl.bd from blocks bl
   cross join lateral unnest(bl.ids) as a(id) cross join lateral unnest(bl.ids) as b(id)
   where a.id < b.id
),
name_pairs as (
  select 'NAME_BIRTH_DATE'::text as reason, p.bd as key,
         round((similarity(lower(concat_ws(' ', ca.first_name, ca.last_name)),
                            lower(concat_ws(' ', cb.first_name, cb.last_name))) * 90)::numeric, 1) as score,
         array[p.a, p.b] as ids
    from blocked p
    join customer ca on ca.workspace_id = ? and ca.id = p.a
    join customer cb on cb.workspace_id = ? and cb.id = p.b
   where similarity(lower(concat_ws(' ', ca.first_name, ca.last_name)),
                    lower(concat_ws(' ', cb.first_name, cb.last_name))) >= ?
),
candidates as (select * from email_groups union all select * from name_pairs)
select reason, key, score, ids, count(*) over () as total,
       count(*) filter (where reason = 'EMAIL') over () as emails
  from candidates
 order by score desc, reason, key, ids[1]
 limit ? offset ?`;

export class DuplicateCandidates {
  constructor(private readonly orm: MikroORM) {}

  async page(workspaceId: string, first: number, offset: number): Promise<CandidatePage> {
    const rows = await this.orm.em.getConnection().execute<
      {
        reason: CandidateReason;
        key: string;
        score: string;
        ids: string[];
        total: string;
        emails: string;
      }[]
    >(CANDIDATES, [
      workspaceId,
      MAX_BLOCK,
      workspaceId,
      MAX_BLOCK,
      workspaceId,
      workspaceId,
      NAME_SIMILARITY,
      first,
      offset,
    ]);
    const ids = [...new Set(rows.flatMap((r) => r.ids))];
    const customers = ids.length
      ? await workspaceEm(this.orm, workspaceId).find(Customer, { id: { $in: ids } })
      : [];
    const byId = new Map(customers.map((c) => [c.id, c]));
    const total = Number(rows[0]?.total ?? 0);
    const emails = Number(rows[0]?.emails ?? 0);
    // Past the last page the window counts are not seen; a page of nothing says so.
    const totalCount = rows.length ? total : offset > 0 ? (await this.page(workspaceId, 1, 0)).totalCount : 0;
    return {
      groups: rows.map((r) => ({
        reason: r.reason,
        key: r.key,
        score: Number(r.score),
        customers: r.ids.map((id) => byId.get(id)).filter((c): c is Customer => c !== undefined),
      })),
      totalCount,
      counts: rows.length
        ? [
            { reason: 'EMAIL', count: emails },
            { reason: 'NAME_BIRTH_DATE', count: total - emails },
          ]
        : [],
    };
  }

  /** The child profiles of a customer, oldest first. */
  async children(workspaceId: string, customerId: string): Promise<Customer[]> {
    if (!isUuid(customerId)) throw refusal('CUSTOMER_NOT_FOUND');
    return workspaceEm(this.orm, workspaceId).find(
      Customer,
      { mainCustomerId: customerId },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
  }
}
