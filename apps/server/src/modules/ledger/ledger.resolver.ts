import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { badField } from '../../graphql/errors.js';
import { pageInfoOf } from '../../graphql/page-info.js';
import { perRequestBatch } from '../../graphql/per-request-batch.js';
import type { Currency } from '../currencies/currency.entity.js';
import { toCurrencyType } from '../currencies/currency.resolver.js';
import { CustomerType } from '../customers/customer.types.js';
import { fromMinor } from './amounts.js';
import {
  AdjustBalanceInput,
  BalanceType,
  LedgerKindEnum,
  LedgerOperationConnection,
  LedgerOperationType,
  ReverseOperationInput,
} from './ledger.types.js';
import type { LedgerIdCodec } from './ledger-ids.js';
import type { LedgerOperation } from './ledger-operation.js';
import { LP } from './ledger-permissions.js';
import { reasonCode } from './ledger-reasons.js';

/** Per request: balances of every customer the request shows, read in one query. */
const requestBalances = perRequestBatch((ctx, ids) =>
  ctx.services.ledgerReads.balances(ctx.workspaceId(), ids),
);

/** An operation as the API shows it: its ids are the workspace's encrypted ones (`ledger-ids.ts`). */
export function toOperationType(op: LedgerOperation, ids: LedgerIdCodec): LedgerOperationType {
  const coded = reasonCode(op.reason);
  return {
    ...op,
    id: ids.show(op.id),
    reversesId: op.reversesId === null ? null : ids.show(op.reversesId),
    reversedById: op.reversedById === null ? null : ids.show(op.reversedById),
    kind: op.kind as LedgerKindEnum,
    reasonCode: coded?.code ?? null,
    reasonParams: coded ? { ...coded.params } : null,
  };
}

export function ledgerIds(ctx: AppContext): Promise<LedgerIdCodec> {
  return ctx.services.ledgerIds.forWorkspace(ctx.workspaceId());
}

@Resolver(() => CustomerType)
export class LedgerResolver {
  @Allow(LP.adjust)
  @Mutation(() => LedgerOperationType, {
    description:
      "Adds to or subtracts from a customer's balance. A subtraction beyond the balance is refused; the same idempotencyKey again returns the first operation.",
  })
  async adjustBalance(
    @Ctx() ctx: AppContext,
    @Arg('input') input: AdjustBalanceInput,
  ): Promise<LedgerOperationType> {
    const op = await ctx.services.ledger.apply(ctx.workspaceId(), ctx.actor(), {
      ...input,
      kind: 'ADJUSTMENT',
    });
    return toOperationType(op, await ledgerIds(ctx));
  }

  @Allow(LP.adjust)
  @Mutation(() => LedgerOperationType, {
    description: 'Corrects an operation with its mirror image; each operation can be reversed once.',
  })
  async reverseLedgerOperation(
    @Ctx() ctx: AppContext,
    @Arg('input') input: ReverseOperationInput,
  ): Promise<LedgerOperationType> {
    const ids = await ledgerIds(ctx);
    // An id that is not this workspace's reads as no id at all: the service answers OPERATION_NOT_FOUND.
    const operationId = ids.read(input.operationId) ?? '';
    return toOperationType(
      await ctx.services.ledger.reverse(ctx.workspaceId(), ctx.actor(), { ...input, operationId }),
      ids,
    );
  }

  @Allow(LP.read)
  @FieldResolver(() => [BalanceType], { description: 'Every currency of the workspace, zero included.' })
  async balances(@Root() customer: CustomerType, @Ctx() ctx: AppContext): Promise<BalanceType[]> {
    const [currencies, mine] = await Promise.all([
      ctx.services.currencies.list(ctx.workspaceId()),
      requestBalances(ctx, customer.id),
    ]);
    return currencies.map((c: Currency) => {
      const amount = fromMinor(mine?.get(c.id) ?? 0, c.decimals);
      return { currency: toCurrencyType(c), amount, value: amount * Number(c.unitValue) };
    });
  }

  @Allow(LP.read)
  @FieldResolver(() => LedgerOperationConnection, {
    description: 'Ledger operations, newest first; from inclusive, to exclusive.',
  })
  async ledger(
    @Root() customer: CustomerType,
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('currency', () => String, { nullable: true }) currency: string | null,
    @Arg('kinds', () => [LedgerKindEnum], { nullable: true }) kinds: LedgerKindEnum[] | null,
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
  ): Promise<LedgerOperationConnection> {
    if (first < 1 || first > 500) throw badField(['first'], 'PAGE_SIZE', { max: 500 });
    const ids = await ledgerIds(ctx);
    const afterId = after == null ? null : ids.read(after);
    if (after != null && afterId === null) throw badField(['after'], 'CURSOR_INVALID');
    if (currency != null) await ctx.services.currencies.byKey(ctx.workspaceId(), currency, ['currency']);
    const page = await ctx.services.ledgerReads.operations(ctx.workspaceId(), customer.id, {
      first,
      after: afterId,
      currency,
      kinds,
      from,
      to,
    });
    const edges = page.rows.map((op) => {
      const node = toOperationType(op, ids);
      return { cursor: node.id, node };
    });
    return {
      edges,
      pageInfo: pageInfoOf(edges, page.hasNextPage, after),
    };
  }
}
