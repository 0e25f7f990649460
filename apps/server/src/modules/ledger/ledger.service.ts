import { createHash } from 'node:crypto';
import type { Actor } from '@patron/sdk';
import { isIdempotencyKey } from '../../common/idempotency-key.js';
import { isUuid } from '../../common/ids.js';
import { violates } from '../../db/pg-errors.js';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { badField, refusal } from '../../graphql/errors.js';
import type { Currency } from '../currencies/currency.entity.js';
import type { CurrencyService } from '../currencies/currency.service.js';
import type { OutboxWrite } from '../events/outbox-dispatcher.js';
import { fromMinor, toMinor } from './amounts.js';
import { APPLY_ONE, GroupCommit } from './group-commit.js';
import { BALANCE_CHANGED } from './ledger-history.js';
import {
  balanceChangeWritten,
  type LedgerKind,
  type LedgerOperation,
  type OperationRow,
  toOperation,
} from './ledger-operation.js';
import { operationReason, reasonText } from './ledger-reasons.js';

/** What a caller asks the ledger to do; amounts in units of the currency, signed. */
export interface OperationRequest {
  customerId: string;
  currency: string;
  amount: number;
  kind: Exclude<LedgerKind, 'EXPIRY' | 'REVERSAL'>;
  reason?: string | null;
  comment?: string | null;
  /** Only for additions: the amount, or what is left of it, expires then. */
  expiresAt?: Date | null;
  /**
   * When the operation happened, if not now: only the ledger history import passes it (history from
   * an earlier system keeps its dates), never the API. Not in the future. Its created_at and history
   * row carry it; balance_after still follows the order operations are written in.
   */
  occurredAt?: Date | null;
  idempotencyKey: string;
}

export interface ReversalRequest {
  operationId: string;
  reason?: string | null;
  comment?: string | null;
  idempotencyKey: string;
}

/** A validated operation, ready to write. */
interface Planned {
  workspaceId: string;
  customerId: string;
  currency: Currency;
  kind: LedgerKind;
  minor: number;
  reason: string;
  comment: string;
  expiresAt: Date | null;
  occurredAt: Date | null;
  idempotencyKey: string;
  reverses: OperationRow | null;
  /** For a negative operation: the grant to take from first (an expiring grant, a reversed addition). */
  preferGrant: string | null;
  /** Paths of the request's fields, for errors. */
  at: { customer: (string | number)[]; amount: (string | number)[] };
}

const IDEMPOTENCY_INDEX = 'ledger_operation_workspace_id_idempotency_key_key';
const REVERSES_INDEX = 'ledger_operation_reverses_id_key';

/**
 * The one way a balance changes. The service checks the request (currency, amount, texts, key); the
 * database function ledger_apply then, in one statement, locks the customer's balance row, inserts the
 * immutable operation (a trigger moves the balance and stamps balance_after), takes from or gives back
 * to grants earliest expiry first, and writes the history and outbox rows. The database refuses a
 * negative balance whatever the code does.
 */
export class LedgerService {
  private readonly group: GroupCommit;

  constructor(
    /** Operations are written through prepared statements (see PreparedPool). */
    private readonly sql: PreparedPool,
    private readonly currencies: CurrencyService,
    /** Kicks the outbox with what an operation wrote: no round starts when no handler takes it. */
    private readonly afterCommit: (written: OutboxWrite) => void,
  ) {
    this.group = new GroupCommit(sql);
  }

  async apply(
    workspaceId: string,
    actor: Actor,
    request: OperationRequest,
    at = ['input'],
  ): Promise<LedgerOperation> {
    const plan = await this.plan(workspaceId, request, at);
    return this.applyAlone(plan, actor);
  }

  /**
   * The same operation inside a caller's transaction (a purchase and everything it earns and spends
   * commit together). The caller commits and then kicks the outbox itself. A refusal is thrown unless
   * `soft` says which ones to hand back: `existing` (a once-only bonus already given), `tooLow` (a
   * return taking back what is left) and `inactive` (a referrer who has left).
   */
  async applyWithin(
    run: Run,
    workspaceId: string,
    actor: Actor,
    request: OperationRequest,
    at: (string | number)[],
    soft: { existing?: boolean; tooLow?: boolean; inactive?: boolean } = {},
  ): Promise<{ operation: LedgerOperation } | { existing: true } | { tooLow: number } | { inactive: true }> {
    const plan = await this.plan(workspaceId, request, at);
    const result = await this.attempt(plan, actor, run);
    if (soft.existing && result.outcome === 'existing') return { existing: true };
    if (soft.tooLow && result.outcome === 'too_low')
      return { tooLow: fromMinor(result.before, plan.currency.decimals) };
    if (soft.inactive && result.outcome === 'inactive') return { inactive: true };
    return { operation: written(this.settle(plan, result)) };
  }

  private async plan(
    workspaceId: string,
    request: OperationRequest,
    at: (string | number)[],
  ): Promise<Planned> {
    const currency = await this.currencies.byKey(workspaceId, request.currency, [...at, 'currency']);
    const minor = toMinor(request.amount, currency.decimals, [...at, 'amount']);
    if (request.kind === 'SPEND' && !currency.spendable)
      throw badField([...at, 'currency'], 'CURRENCY_EARN_ONLY', { currency: currency.key });
    if (request.kind === 'SPEND' && minor > 0) throw badField([...at, 'amount'], 'SPEND_NOT_NEGATIVE');
    if (request.expiresAt && minor < 0) throw badField([...at, 'expiresAt'], 'EXPIRY_ONLY_ADDITION');
    if (request.expiresAt && request.expiresAt.getTime() <= Date.now())
      throw badField([...at, 'expiresAt'], 'EXPIRY_NOT_FUTURE');
    if (request.occurredAt && request.occurredAt.getTime() > Date.now())
      throw badField([...at, 'occurredAt'], 'OPERATION_DATE_FUTURE');
    if (!isUuid(request.customerId)) throw refusal('CUSTOMER_NOT_FOUND');
    return {
      workspaceId,
      customerId: request.customerId,
      currency,
      kind: request.kind,
      minor,
      reason: text(request.reason, 500, [...at, 'reason']),
      comment: text(request.comment, 2000, [...at, 'comment']),
      expiresAt: request.expiresAt ?? null,
      occurredAt: request.occurredAt ?? null,
      idempotencyKey: key(request.idempotencyKey, [...at, 'idempotencyKey']),
      reverses: null,
      preferGrant: null,
      at: { customer: [...at, 'customerId'], amount: [...at, 'amount'] },
    };
  }

  /** Undoes an operation with its mirror image: an addition is taken back, a subtraction given back. */
  async reverse(
    workspaceId: string,
    actor: Actor,
    request: ReversalRequest,
    at = ['input'],
  ): Promise<LedgerOperation> {
    const path = [...at, 'operationId'];
    const original = /^\d{1,18}$/.test(request.operationId)
      ? (
          await this.sql.query<OperationRow>(
            `select o.*, c.key as currency_key, c.decimals from ledger_operation o
                 join currency c on c.workspace_id = o.workspace_id and c.id = o.currency_id
                where o.id = ? and o.workspace_id = ?`,
            [request.operationId, workspaceId],
          )
        )[0]
      : undefined;
    if (!original) throw refusal('OPERATION_NOT_FOUND');
    if (original.kind === 'REVERSAL') throw badField(path, 'REVERSAL_NOT_REVERSIBLE');
    if (original.kind === 'EXPIRY') throw badField(path, 'EXPIRY_NOT_REVERSIBLE');
    const currency = await this.currencies.byKey(workspaceId, original.currency_key, path);
    const plan: Planned = {
      workspaceId,
      customerId: original.customer_id,
      currency,
      kind: 'REVERSAL',
      minor: -Number(original.amount),
      reason: text(request.reason, 500, [...at, 'reason']),
      comment: text(request.comment, 2000, [...at, 'comment']),
      expiresAt: null,
      occurredAt: null,
      idempotencyKey: key(request.idempotencyKey, [...at, 'idempotencyKey']),
      reverses: original,
      preferGrant: Number(original.amount) > 0 ? String(original.id) : null,
      at: { customer: path, amount: path },
    };
    return this.applyAlone(plan, actor);
  }

  /** Expires what is left of grants whose date has come, one grant per transaction. */
  async expireDue(now = new Date(), limit = 500): Promise<number> {
    const due = await this.sql.query<{
      operation_id: string;
      workspace_id: string;
      customer_id: string;
      currency_id: string;
    }>(
      `select operation_id, workspace_id, customer_id, currency_id from ledger_grant
        where expires_at <= ? and remaining > 0 order by expires_at, operation_id limit ?`,
      [now, limit],
    );
    let expired = 0;
    for (const grant of due) {
      const currency = (await this.currencies.list(grant.workspace_id)).find(
        (c) => c.id === grant.currency_id,
      );
      if (!currency) continue;
      const plan: Planned = {
        workspaceId: grant.workspace_id,
        customerId: grant.customer_id,
        currency,
        kind: 'EXPIRY',
        minor: 0, // set from the grant's remainder once the balance is locked
        reason: reasonText('EXPIRED'),
        comment: '',
        expiresAt: null,
        occurredAt: null,
        idempotencyKey: `expiry:${grant.operation_id}:${now.toISOString()}`,
        reverses: null,
        preferGrant: grant.operation_id,
        at: { customer: ['customerId'], amount: ['amount'] },
      };
      const result = await this.attempt(plan, { kind: 'system', id: null, name: 'Expiry' });
      if (this.settle(plan, result)) {
        this.kickFor(plan);
        expired++;
      }
    }
    return expired;
  }

  /**
   * The database half is one call of ledger_apply (src/db/functions/ledger_apply.sql): inside the
   * caller's transaction when given `run`, otherwise through group commit with the operations arriving
   * now.
   */
  private async attempt(plan: Planned, actor: Actor, run?: Run): Promise<Attempt> {
    const hash = requestHash(plan);
    const args = [
      plan.workspaceId,
      plan.customerId,
      plan.currency.id,
      plan.kind,
      plan.minor,
      plan.expiresAt,
      plan.reason,
      plan.comment,
      plan.idempotencyKey,
      hash,
      plan.reverses?.id ?? null,
      plan.preferGrant,
      plan.kind === 'REVERSAL' || plan.kind === 'EXPIRY',
      actor.kind,
      actor.id,
      actor.name,
      `balance.${plan.currency.key}`,
      10 ** plan.currency.decimals,
      BALANCE_CHANGED.event,
      JSON.stringify([
        { key: 'operation', oldValue: null, newValue: { kind: plan.kind, ...operationReason(plan.reason) } },
      ]),
      plan.occurredAt,
    ];
    try {
      const result = run
        ? (await run<{ result: ApplyResult }>(APPLY_ONE, args))[0]?.result
        : ((await this.group.apply(
            args,
            `${plan.customerId}:${plan.currency.id}`,
            // ledger_apply_together writes operations as of now: a dated one goes through ledger_apply.
            plan.minor > 0 && plan.reverses === null && plan.kind !== 'EXPIRY' && plan.occurredAt === null,
          )) as ApplyResult | undefined);
      return { hash, ...(result ?? { outcome: 'nothing' }) };
    } catch (error) {
      if (violates(error, '23505', IDEMPOTENCY_INDEX) && !run) {
        // A parallel request with the same key won the race: answer as it did.
        const existing = await this.byKey(plan.workspaceId, plan.idempotencyKey);
        if (existing) return { hash, outcome: 'existing', operation: existing };
      }
      if (violates(error, '23505', REVERSES_INDEX))
        throw badField(plan.at.customer, 'OPERATION_ALREADY_REVERSED');
      if (violates(error, '23514', 'balance_not_negative'))
        throw badField(plan.at.amount, 'BALANCE_TOO_LOW_FOR_THIS');
      throw error;
    }
  }

  /** Turns ledger_apply's outcome into the operation, a replay, or an error at the request's field. */
  private settle(plan: Planned, result: Attempt): LedgerOperation | null {
    const d = plan.currency.decimals;
    const withCurrency = (op: OperationRow) => ({ ...op, currency_key: plan.currency.key, decimals: d });
    switch (result.outcome) {
      case 'written':
        return toOperation(withCurrency(result.operation));
      case 'existing':
        return replay(withCurrency(result.operation), result.hash);
      case 'not_found':
        throw refusal('CUSTOMER_NOT_FOUND');
      case 'inactive':
        throw badField(plan.at.customer, 'CUSTOMER_INACTIVE');
      case 'too_low':
        throw badField(plan.at.amount, 'BALANCE_TOO_LOW', {
          available: fromMinor(result.before, d),
          currency: plan.currency.key,
          asked: fromMinor(-plan.minor, d),
        });
      default:
        return null;
    }
  }

  /** One operation in its own statement, so committed once written: the outbox learns what it wrote. */
  private async applyAlone(plan: Planned, actor: Actor): Promise<LedgerOperation> {
    const result = await this.attempt(plan, actor);
    const operation = this.settle(plan, result);
    if (result.outcome === 'written') this.kickFor(plan);
    return written(operation);
  }

  private kickFor(plan: Planned): void {
    this.afterCommit(balanceChangeWritten(plan.currency.key));
  }

  private async byKey(workspaceId: string, idempotencyKey: string): Promise<OperationRow | undefined> {
    const [row] = await this.sql.query<OperationRow>(
      `select o.*, c.key as currency_key, c.decimals from ledger_operation o
         join currency c on c.workspace_id = o.workspace_id and c.id = o.currency_id
        where o.workspace_id = ? and o.idempotency_key = ?`,
      [workspaceId, idempotencyKey],
    );
    return row;
  }
}

type Attempt = ApplyResult & { hash: string };

type ApplyResult =
  | { outcome: 'written'; operation: OperationRow; before: number }
  | { outcome: 'existing'; operation: OperationRow }
  | { outcome: 'too_low'; before: number }
  | { outcome: 'not_found' | 'inactive' | 'nothing' };

/** Only an expiry finds nothing to do; every other operation is written or refused. */
function written(operation: LedgerOperation | null): LedgerOperation {
  if (!operation) throw new Error('The ledger operation was not written');
  return operation;
}

/** The same key with the same request answers with the first operation; with another request it is refused. */
function replay(existing: OperationRow, hash: string): LedgerOperation {
  if (existing.request_hash !== hash) throw refusal('IDEMPOTENCY_KEY_REUSED', { request: 'operation' });
  return toOperation(existing);
}

function requestHash(plan: Planned): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        plan.customerId,
        plan.currency.id,
        plan.kind,
        plan.kind === 'EXPIRY' ? 0 : plan.minor,
        plan.expiresAt?.toISOString() ?? null,
        plan.reason,
        plan.comment,
        plan.reverses?.id ?? null,
        // Only when given, so the hash of every operation written before stays what it was.
        ...(plan.occurredAt ? [plan.occurredAt.toISOString()] : []),
      ]),
    )
    .digest('base64url');
}

function text(value: string | null | undefined, max: number, path: (string | number)[]): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length > max) throw badField(path, 'TOO_LONG', { max });
  return trimmed;
}

function key(value: string, path: (string | number)[]): string {
  if (!isIdempotencyKey(value)) throw badField(path, 'IDEMPOTENCY_KEY_FORMAT');
  return value;
}
