import type { OutboxWrite } from '../events/outbox-dispatcher.js';
import { fromMinor } from './amounts.js';
import { BALANCE_CHANGED } from './ledger-history.js';

export const LEDGER_KINDS = ['ADJUSTMENT', 'GRANT', 'EARN', 'SPEND', 'EXPIRY', 'REVERSAL', 'RETURN'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** A ledger_operation row joined with its currency's key and decimals (from SQL or to_jsonb). */
export interface OperationRow {
  id: string | number;
  workspace_id: string;
  customer_id: string;
  currency_id: string;
  currency_key: string;
  decimals: number;
  kind: LedgerKind;
  amount: string | number;
  balance_after: string | number;
  expires_at: Date | string | null;
  reason: string;
  comment: string;
  idempotency_key: string;
  request_hash: string;
  reverses_id: string | number | null;
  /** Only where it was asked for (the operations list). */
  reversed_by_id?: string | number | null;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string;
  created_at: Date | string;
}

/** An operation as services and the API see it: amounts in units of its currency. */
export interface LedgerOperation {
  id: string;
  customerId: string;
  currency: string;
  kind: LedgerKind;
  amount: number;
  balanceAfter: number;
  expiresAt: Date | null;
  reason: string;
  comment: string;
  idempotencyKey: string;
  reversesId: string | null;
  /** The reversal that undid this operation, when known. */
  reversedById: string | null;
  actor: { kind: string; id: string | null; name: string };
  createdAt: Date;
}

const date = (value: Date | string) => (value instanceof Date ? value : new Date(value));

export function toOperation(row: OperationRow): LedgerOperation {
  return {
    id: String(row.id),
    customerId: row.customer_id,
    currency: row.currency_key,
    kind: row.kind,
    amount: fromMinor(row.amount, row.decimals),
    balanceAfter: fromMinor(row.balance_after, row.decimals),
    expiresAt: row.expires_at == null ? null : date(row.expires_at),
    reason: row.reason,
    comment: row.comment,
    idempotencyKey: row.idempotency_key,
    reversesId: row.reverses_id == null ? null : String(row.reverses_id),
    reversedById: row.reversed_by_id == null ? null : String(row.reversed_by_id),
    actor: { kind: row.actor_kind, id: row.actor_id, name: row.actor_name },
    createdAt: date(row.created_at),
  };
}

/** What an operation writes to the outbox: a balance change of its currency, and the operation. */
export function balanceChangeWritten(currencyKey: string): OutboxWrite {
  return { type: BALANCE_CHANGED.event, keys: [`balance.${currencyKey}`, 'operation'] };
}
