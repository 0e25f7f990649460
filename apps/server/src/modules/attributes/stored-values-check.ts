import type { ProblemCode } from '@patron/problems';
import type { PreparedPool } from '../../db/prepared-pool.js';
import { keyLiteral } from '../customer-search/customer-fields.js';
import { type AttributeMap, displayName } from '../customers/customer-values.js';
import { type FormatRegistry, normalizeValue, type ValueRule } from './values/index.js';

/** A stored value and its customer, as the check reports it. */
export interface StoredValueFinding {
  customerId: string;
  customerNumber: number;
  value: unknown;
}

export interface RefusedValue extends StoredValueFinding {
  problem: { code: ProblemCode; params: Record<string, string | number> };
}

export interface RewrittenValue extends StoredValueFinding {
  /** How the format writes it: what the next save of the customer stores. */
  storedAs: unknown;
}

/** One stored value and what the rule says of it: refused (`problem`) or fits (`storedAs`). */
export type JudgedValue = StoredValueFinding & {
  /** The customer's display name (customers' displayName); only when the walk was asked for names. */
  customerName?: string;
} & ({ problem: RefusedValue['problem']; storedAs?: undefined } | { problem?: undefined; storedAs: unknown });

export interface StoredValuesCheck {
  /** Live customers with a value of the attribute. */
  checked: number;
  /** Values the rule accepts, those it would write differently included. */
  fit: number;
  /** Of those that fit, the ones not written the way the rule stores them. */
  rewritten: number;
  refused: number;
  firstRefused: RefusedValue[];
  firstRewritten: RewrittenValue[];
}

export interface WalkOptions {
  /** Customers read per query. */
  batchSize?: number;
  /** Also read each customer's first and last name (the report writes them). */
  names?: boolean;
}

export interface CheckOptions extends Omit<WalkOptions, 'names'> {
  /** How many refused (and rewritten) values are listed. */
  examples?: number;
}

const BATCH = 5000;
const EXAMPLES = 20;

/** Live customers with a value of the attribute: the customers a walk reads. */
const HOLDERS = (value: string) => `workspace_id = ? and deleted_at is null and ${value} <> 'null'::jsonb`;

/** How many customers a walk of the attribute reads (for a report's progress). */
export async function countStoredValues(
  sql: PreparedPool,
  workspaceId: string,
  key: string,
): Promise<number> {
  const [row] = await sql.query<{ n: string }>(
    `select count(*) as n from customer where ${HOLDERS(`attributes->${keyLiteral(key)}`)}`,
    [workspaceId],
  );
  return Number(row?.n ?? 0);
}

/** A fitting value the rule writes differently: formats are of text, so the forms compare as strings. */
export const isRewritten = (judged: JudgedValue): boolean =>
  !judged.problem && judged.storedAs !== judged.value;

/**
 * Every stored value of one attribute of a workspace's live customers, through the rule a customer
 * write would apply (normalizeValue: the type, then the format), a batch at a time. Reads in
 * customer number order (a keyset walk of `customer_number`), so memory stays the same at any size.
 * Measured on this machine (2 shared cores): 200,000 customers with a value each in about a second.
 */
export async function* judgeStoredValues(
  sql: PreparedPool,
  workspaceId: string,
  rule: ValueRule,
  formats: FormatRegistry,
  { batchSize = BATCH, names = false }: WalkOptions = {},
): AsyncGenerator<JudgedValue[]> {
  const value = `attributes->${keyLiteral(rule.key)}`;
  // The attributes displayName reads, so a customer without a name is named as everywhere else.
  const name = names
    ? `, jsonb_build_object('firstName', attributes->'firstName', 'lastName', attributes->'lastName',
         'mobile', attributes->'mobile', 'email', attributes->'email', 'cardNumber', attributes->'cardNumber') as name`
    : '';
  // One prepared statement per attribute. Numbers follow the order customers were inserted in, so
  // the walk of (workspace_id, number) reads the table's pages mostly in order (by id it was 4× slower).
  const select = `select id, number, ${value} as value${name} from customer
    where ${HOLDERS(value)} and number > ? order by number limit ?`;
  let last = 0;
  for (;;) {
    const rows = await sql.query<{ id: string; number: number; value: unknown; name?: AttributeMap }>(
      select,
      [workspaceId, last, batchSize],
    );
    yield rows.map((row): JudgedValue => {
      const result = normalizeValue(rule, row.value, { formats });
      const judged: JudgedValue = result.ok
        ? { customerId: row.id, customerNumber: row.number, value: row.value, storedAs: result.value }
        : {
            customerId: row.id,
            customerNumber: row.number,
            value: row.value,
            problem: result.problem as RefusedValue['problem'],
          };
      if (names) judged.customerName = displayName(row.name ?? {});
      return judged;
    });
    const next = rows[rows.length - 1]?.number;
    if (rows.length < batchSize || next === undefined) return;
    last = next;
  }
}

/** Counts what fits, is rewritten or refused, listing the first few of the last two. */
export async function checkStoredValues(
  sql: PreparedPool,
  workspaceId: string,
  rule: ValueRule,
  formats: FormatRegistry,
  { batchSize, examples = EXAMPLES }: CheckOptions = {},
): Promise<StoredValuesCheck> {
  const check: StoredValuesCheck = {
    checked: 0,
    fit: 0,
    rewritten: 0,
    refused: 0,
    firstRefused: [],
    firstRewritten: [],
  };
  for await (const batch of judgeStoredValues(sql, workspaceId, rule, formats, { batchSize })) {
    for (const judged of batch) {
      check.checked++;
      const { customerId, customerNumber, value } = judged;
      if (judged.problem) {
        check.refused++;
        if (check.firstRefused.length < examples)
          check.firstRefused.push({ customerId, customerNumber, value, problem: judged.problem });
      } else {
        check.fit++;
        if (!isRewritten(judged)) continue;
        check.rewritten++;
        if (check.firstRewritten.length < examples)
          check.firstRewritten.push({ customerId, customerNumber, value, storedAs: judged.storedAs });
      }
    }
  }
  return check;
}
