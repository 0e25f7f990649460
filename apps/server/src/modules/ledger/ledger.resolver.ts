import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { badField } from '../../graphql/errors.js';
import { perRequestBatch } from '../../graphql/per-request-batch.js';
import { CustomerType } from '../customers/customer.types.js';
import { fromMinor } from './amounts.js';
import type { Currency } from './currency.entity.js';
import { toCurrencyType } from './currency.resolver.js';
import {
  AdjustBalanceInput,
  BalanceType,
  LedgerKindEnum,
  LedgerOperationConnection,
  LedgerOperationType,
  ReverseOperationInput,
} from './ledger.types.js';
import type { LedgerOperation } from './ledger-operation.js';
import { LP } from './ledger-permissions.js';

/** Per request: balances of every customer the request shows, read in one query. */
const requestBalances = perRequestBatch((ctx, ids) => ctx.app.ledgerReads.balances(ctx.workspaceId(), ids));

export function toOperationType(op: LedgerOperation): LedgerOperationType {
  return { ...op, kind: op.kind as LedgerKindEnum };
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
    const op = await ctx.app.ledger.apply(ctx.workspaceId(), ctx.actor(), { ...input, kind: 'ADJUSTMENT' });
    return toOperationType(op);
  }

  @Allow(LP.adjust)
  @Mutation(() => LedgerOperationType, {
    description: 'Corrects an operation with its mirror image; each operation can be reversed once.',
  })
  async reverseLedgerOperation(
    @Ctx() ctx: AppContext,
    @Arg('input') input: ReverseOperationInput,
  ): Promise<LedgerOperationType> {
    return toOperationType(await ctx.app.ledger.reverse(ctx.workspaceId(), ctx.actor(), input));
  }

  @Allow(LP.read)
  @FieldResolver(() => [BalanceType], { description: 'Every currency of the workspace, zero included.' })
  async balances(@Root() customer: CustomerType, @Ctx() ctx: AppContext): Promise<BalanceType[]> {
    const [currencies, mine] = await Promise.all([
      ctx.app.currencies.list(ctx.workspaceId()),
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
    if (after != null && !/^\d{1,18}$/.test(after)) throw badField(['after'], 'CURSOR_INVALID');
    if (currency != null) await ctx.app.currencies.byKey(ctx.workspaceId(), currency, ['currency']);
    const page = await ctx.app.ledgerReads.operations(ctx.workspaceId(), customer.id, {
      first,
      after,
      currency,
      kinds,
      from,
      to,
    });
    const edges = page.rows.map((op) => ({ cursor: op.id, node: toOperationType(op) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: after != null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}
