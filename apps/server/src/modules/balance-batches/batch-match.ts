import { lineDetail } from './batch-line-detail.js';
import type { BatchIdentifier } from './batch-rows.js';

/**
 * How a line's identifier finds its customer `c`, each written so that it probes an index:
 * customer_mobile_unique, customer_card_unique, customer_email_sort and the primary key.
 * An INVALID line carries a null identifier here, so a raw id that is no uuid is never cast.
 */
const FINDS: Record<BatchIdentifier, string> = {
  MOBILE: 'c.mobile = u.key',
  EMAIL: "coalesce(c.email, '') = u.key",
  CARD_NUMBER: 'c.card_number = u.key',
  CUSTOMER_ID: 'c.id = u.key::uuid',
};

/** The detail of an INACTIVE line, whichever way the batch found its customers. */
export const INACTIVE_DETAIL = lineDetail('BATCH_LINE_INACTIVE');
const UNMATCHED_DETAIL = lineDetail('BATCH_LINE_UNMATCHED');

const PROBLEM = `case when u.problem is not null then u.problem
       when m.id is null then 'UNMATCHED' when m.status <> 'ACTIVE' then 'INACTIVE' end`;
const DETAIL = `case when u.problem is not null then u.detail
       when m.id is null then '${UNMATCHED_DETAIL}'
       when m.status <> 'ACTIVE' then '${INACTIVE_DETAIL}' end`;
const FIND = (identifier: BatchIdentifier) =>
  `left join lateral (select c.id, c.status from customer c
      where c.workspace_id = ? and c.deleted_at is null and ${FINDS[identifier]} limit 1) m on true`;

/**
 * Stores a chunk of parsed lines with its customers found and its unmatched and inactive lines
 * marked, in one statement: the lookups run while the parser reads the next chunk, and no line is
 * written twice. Each line probes the index on its own (LATERAL), so the plan stays right for a
 * workspace whose customers the statistics have not seen yet. Parameters: the workspace and the
 * batch id; lines, identifiers, amounts, problems and details as arrays; the workspace again.
 */
export function insertMatchedRows(identifier: BatchIdentifier): string {
  return `insert into balance_batch_row (workspace_id, batch_id, line, identifier, amount, problem, detail, customer_id)
    select ?, ?, u.line, u.identifier, u.amount, ${PROBLEM}, ${DETAIL}, m.id
      from (select t.*, case when t.problem is null then t.identifier end as key
              from unnest(?::int[], ?::text[], ?::bigint[], ?::text[], ?::text[])
                as t(line, identifier, amount, problem, detail)) u
      ${FIND(identifier)}`;
}

/**
 * Gives lines a new identifier and matches them again. Parameters: lines and identifiers as arrays,
 * the workspace, the workspace again and the batch id.
 */
export function rematchRows(identifier: BatchIdentifier): string {
  return `update balance_batch_row r set identifier = u.identifier, customer_id = m.id,
           problem = ${PROBLEM}, detail = ${DETAIL}
      from (select t.*, t.identifier as key, null::text as problem, null::text as detail
              from unnest(?::int[], ?::text[]) as t(line, identifier)) u
      ${FIND(identifier)}
     where r.workspace_id = ? and r.batch_id = ? and r.line = u.line`;
}
