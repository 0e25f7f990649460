import { createHash } from 'node:crypto';
import type { Actor } from '@patron/sdk';
import type { PreparedPool, Run } from '../../db/prepared-pool.js';
import { badField, conflict, notFound } from '../../graphql/errors.js';
import { isUuid } from '../attributes/attribute.service.js';
import type { HistoryService } from '../history/history.service.js';
import { fromMinor, toMinor } from './amounts.js';
import type { Currency } from './currency.entity.js';
import type { CurrencyService } from './currency.service.js';
import { type LedgerKind, type LedgerOperation, type OperationRow, toOperation } from './ledger-operation.js';

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
 * The one way a balance changes. Each operation is one transaction: lock the customer's balance row,
 * insert the immutable operation (a trigger moves the balance and stamps balance_after), take from or
 * give back to grants earliest expiry first, and write the customer's history. The database refuses
 * a negative balance whatever the code does.
 */
export class LedgerService {
  constructor(
    /** Operations are written through prepared statements (see PreparedPool). */
    private readonly sql: PreparedPool,
    private readonly currencies: CurrencyService,
    private readonly history: HistoryService,
    private readonly afterCommit: () => void,
  ) {}

  async apply(
    workspaceId: string,
    actor: Actor,
    request: OperationRequest,
    at = ['input'],
  ): Promise<LedgerOperation> {
    const currency = await this.currencies.byKey(workspaceId, request.currency, [...at, 'currency']);
    const minor = toMinor(request.amount, currency.decimals, [...at, 'amount']);
    if (request.kind === 'SPEND' && !currency.spendable)
      throw badField([...at, 'currency'], `${currency.key} is earned, never spent`);
    if (request.kind === 'SPEND' && minor > 0) throw badField([...at, 'amount'], 'A spend is negative');
    if (request.expiresAt && minor < 0) throw badField([...at, 'expiresAt'], 'Only an addition can expire');
    if (request.expiresAt && request.expiresAt.getTime() <= Date.now())
      throw badField([...at, 'expiresAt'], 'The expiry must be in the future');
    if (!isUuid(request.customerId)) throw notFound('Customer');
    return written(
      await this.write(
        {
          workspaceId,
          customerId: request.customerId,
          currency,
          kind: request.kind,
          minor,
          reason: text(request.reason, 500, [...at, 'reason']),
          comment: text(request.comment, 2000, [...at, 'comment']),
          expiresAt: request.expiresAt ?? null,
          idempotencyKey: key(request.idempotencyKey, [...at, 'idempotencyKey']),
          reverses: null,
          preferGrant: null,
          at: { customer: [...at, 'customerId'], amount: [...at, 'amount'] },
        },
        actor,
      ),
    );
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
                 join currency c on c.id = o.currency_id where o.id = ? and o.workspace_id = ?`,
            [request.operationId, workspaceId],
          )
        )[0]
      : undefined;
    if (!original) throw notFound('Operation');
    if (original.kind === 'REVERSAL') throw badField(path, 'A reversal cannot be reversed');
    if (original.kind === 'EXPIRY') throw badField(path, 'An expiry cannot be reversed');
    const currency = await this.currencies.byKey(workspaceId, original.currency_key, path);
    return written(
      await this.write(
        {
          workspaceId,
          customerId: original.customer_id,
          currency,
          kind: 'REVERSAL',
          minor: -Number(original.amount),
          reason: text(request.reason, 500, [...at, 'reason']),
          comment: text(request.comment, 2000, [...at, 'comment']),
          expiresAt: null,
          idempotencyKey: key(request.idempotencyKey, [...at, 'idempotencyKey']),
          reverses: original,
          preferGrant: Number(original.amount) > 0 ? String(original.id) : null,
          at: { customer: path, amount: path },
        },
        actor,
      ),
    );
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
      const done = await this.write(
        {
          workspaceId: grant.workspace_id,
          customerId: grant.customer_id,
          currency,
          kind: 'EXPIRY',
          minor: 0, // set from the grant's remainder once the balance is locked
          reason: 'Expired',
          comment: '',
          expiresAt: null,
          idempotencyKey: `expiry:${grant.operation_id}:${now.toISOString()}`,
          reverses: null,
          preferGrant: grant.operation_id,
          at: { customer: ['customerId'], amount: ['amount'] },
        },
        { kind: 'system', id: null, name: 'Expiry' },
      );
      if (done) expired++;
    }
    return expired;
  }

  private async write(plan: Planned, actor: Actor): Promise<LedgerOperation | null> {
    const hash = requestHash(plan);
    try {
      const result = await this.sql.transaction((run) => this.writeIn(run, plan, hash, actor));
      if (result) this.afterCommit();
      return result;
    } catch (error) {
      if (violates(error, '23505', IDEMPOTENCY_INDEX)) {
        // A parallel request with the same key won the race: answer as it did.
        const existing = await this.byKey(plan.workspaceId, plan.idempotencyKey);
        if (existing) return replay(existing, hash);
      }
      if (violates(error, '23505', REVERSES_INDEX))
        throw badField(plan.at.customer, 'This operation has already been reversed');
      if (violates(error, '23514', 'balance_not_negative'))
        throw badField(plan.at.amount, 'The balance is too low for this');
      throw error;
    }
  }

  /**
   * Two statements inside the transaction: the first checks the customer and the key and locks the
   * balance; the second writes the operation, its grant or what it takes from grants, and the history
   * and outbox rows. Plain SQL keeps a hot account's lock short.
   */
  private async writeIn(
    run: Run,
    plan: Planned,
    hash: string,
    actor: Actor,
  ): Promise<LedgerOperation | null> {
    let state = await this.lockState(run, plan);
    if (state.existing) return replay(state.existing, hash);
    if (!state.status) throw notFound('Customer');
    if (state.status !== 'ACTIVE' && plan.kind !== 'REVERSAL' && plan.kind !== 'EXPIRY')
      throw badField(
        plan.at.customer,
        'This customer is inactive: inactive customers earn and spend nothing',
      );
    if (state.amount === null) {
      await run(
        `insert into balance (workspace_id, customer_id, currency_id) values (?, ?, ?)
           on conflict (customer_id, currency_id) do nothing`,
        [plan.workspaceId, plan.customerId, plan.currency.id],
      );
      state = await this.lockState(run, plan);
    }
    const before = Number(state.amount ?? 0);

    let minor = plan.minor;
    if (plan.kind === 'EXPIRY') {
      const [grant] = await run<{ remaining: string }>(
        'select remaining from ledger_grant where operation_id = ?',
        [plan.preferGrant],
      );
      minor = -Number(grant?.remaining ?? 0);
      // Already expired or spent by the time the lock was ours.
      if (minor === 0) return null;
    }
    const d = plan.currency.decimals;
    if (before + minor < 0) {
      throw badField(
        plan.at.amount,
        `The balance is too low: ${fromMinor(before, d)} ${plan.currency.key} available, ${fromMinor(-minor, d)} asked`,
      );
    }

    const opParams = [
      plan.workspaceId,
      plan.customerId,
      plan.currency.id,
      plan.kind,
      minor,
      plan.expiresAt,
      plan.reason,
      plan.comment,
      plan.idempotencyKey,
      hash,
      plan.reverses?.id ?? null,
      actor.kind,
      actor.id,
      actor.name,
    ];
    const { ctes, params } = movement(plan, minor);
    const history = this.history.recordSql({
      workspaceId: plan.workspaceId,
      customerId: plan.customerId,
      type: 'BALANCE_CHANGED',
      actor,
      changes: [
        {
          key: `balance.${plan.currency.key}`,
          oldValue: fromMinor(before, d),
          newValue: fromMinor(before + minor, d),
        },
        { key: 'operation', oldValue: null, newValue: { kind: plan.kind, reason: plan.reason } },
      ],
    });
    const [row] = await run<OperationRow>(
      `with op as (insert into ledger_operation (workspace_id, customer_id, currency_id, kind, amount, expires_at,
          reason, comment, idempotency_key, request_hash, reverses_id, actor_kind, actor_id, actor_name, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()) returning *),
        ${ctes},
        ${history.ctes}
      select * from op`,
      [...opParams, ...params, ...history.params],
    );
    if (!row) throw new Error('The ledger operation was not written');
    return toOperation({ ...row, currency_key: plan.currency.key, decimals: d });
  }

  /** The customer's status, an operation already written under this key, and the locked balance (null: none yet). */
  private async lockState(run: Run, plan: Planned) {
    const [state] = await run<{
      status: string | null;
      existing: OperationRow | null;
      amount: string | null;
    }>(
      `select (select status from customer where id = ? and workspace_id = ? and deleted_at is null) as status,
              (select to_jsonb(o) || jsonb_build_object('currency_key', c.key, 'decimals', c.decimals)
                 from ledger_operation o join currency c on c.id = o.currency_id
                where o.workspace_id = ? and o.idempotency_key = ?) as existing,
              (select amount from balance where customer_id = ? and currency_id = ? for update) as amount`,
      [
        plan.customerId,
        plan.workspaceId,
        plan.workspaceId,
        plan.idempotencyKey,
        plan.customerId,
        plan.currency.id,
      ],
    );
    return state ?? { status: null, existing: null, amount: null };
  }

  private async byKey(workspaceId: string, idempotencyKey: string): Promise<OperationRow | undefined> {
    const [row] = await this.sql.query<OperationRow>(
      `select o.*, c.key as currency_key, c.decimals from ledger_operation o
         join currency c on c.id = o.currency_id where o.workspace_id = ? and o.idempotency_key = ?`,
      [workspaceId, idempotencyKey],
    );
    return row;
  }
}

/** How an operation moves grants, as CTEs after `op`: params follow the SQL text in order. */
function movement(plan: Planned, minor: number): { ctes: string; params: unknown[] } {
  if (minor > 0 && !plan.reverses) {
    // An addition becomes a grant that subtractions take from.
    return {
      ctes: `g as (insert into ledger_grant (operation_id, workspace_id, customer_id, currency_id, amount, remaining, expires_at)
              select id, workspace_id, customer_id, currency_id, amount, amount, expires_at from op)`,
      params: [],
    };
  }
  if (minor > 0) {
    // A reversed subtraction gives back exactly what it took, to the grants it took it from.
    return {
      ctes: `back as (select grant_id, amount from ledger_consumption where operation_id = ?),
        restored as (update ledger_grant g set remaining = g.remaining + back.amount from back
                      where g.operation_id = back.grant_id),
        kept as (insert into ledger_consumption (operation_id, grant_id, amount)
                 select op.id, back.grant_id, back.amount from op, back)`,
      params: [plan.reverses?.id],
    };
  }
  // A subtraction takes from the preferred grant, then the earliest expiry, then the oldest.
  return {
    ctes: `open as (
          select operation_id, remaining,
                 sum(remaining) over (order by operation_id is not distinct from ?::bigint desc,
                                      expires_at nulls last, operation_id) as upto
            from ledger_grant where customer_id = ? and currency_id = ? and remaining > 0),
        take as (select operation_id, least(remaining, ?::bigint - (upto - remaining)) as amount
                   from open where upto - remaining < ?::bigint),
        used as (update ledger_grant g set remaining = g.remaining - take.amount from take
                  where g.operation_id = take.operation_id),
        kept as (insert into ledger_consumption (operation_id, grant_id, amount)
                 select op.id, take.operation_id, take.amount from op, take)`,
    params: [plan.preferGrant, plan.customerId, plan.currency.id, -minor, -minor],
  };
}

/** Raw SQL errors arrive as node-postgres errors, ORM ones wrapped; both carry the code and the name. */
function violates(error: unknown, code: string, constraint: string): boolean {
  const e = error as { code?: string; message?: string } | null;
  return e?.code === code && Boolean(e.message?.includes(constraint));
}

/** Only an expiry finds nothing to do; every other operation is written or refused. */
function written(operation: LedgerOperation | null): LedgerOperation {
  if (!operation) throw new Error('The ledger operation was not written');
  return operation;
}

/** The same key with the same request answers with the first operation; with another request it is refused. */
function replay(existing: OperationRow, hash: string): LedgerOperation {
  if (existing.request_hash !== hash)
    throw conflict('This idempotency key was already used for a different operation');
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
      ]),
    )
    .digest('base64url');
}

function text(value: string | null | undefined, max: number, path: (string | number)[]): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length > max) throw badField(path, `At most ${max} characters`);
  return trimmed;
}

function key(value: string, path: (string | number)[]): string {
  if (typeof value !== 'string' || value.length < 1 || value.length > 200)
    throw badField(path, 'Give every operation a key of 1–200 characters, the same when retrying');
  return value;
}
