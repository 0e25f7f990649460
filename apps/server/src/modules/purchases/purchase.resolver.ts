import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { pageInfoOf } from '../../graphql/page-info.js';
import { perRequestBatch } from '../../graphql/per-request-batch.js';
import { CustomerType } from '../customers/customer.types.js';
import { ledgerIds } from '../ledger/ledger.resolver.js';
import { LP } from '../ledger/ledger-permissions.js';
import {
  type PaymentStatusEnum,
  PurchaseConnection,
  PurchaseReturnType,
  PurchaseSummaryType,
  PurchaseType,
  RecordPurchaseInput,
  ReturnPurchaseInput,
} from './purchase.types.js';
import { PP } from './purchase-permissions.js';
import { purchaseCursor } from './purchase-reads.js';
import type { PurchaseReturn } from './purchase-return.service.js';
import type { LedgerEntry, Purchase } from './purchase-row.js';

/** Ledger entries in units (the API never shows minor units), with the operation ids callers see. */
async function units(ctx: AppContext, entries: LedgerEntry[]) {
  const [currencies, ids] = await Promise.all([
    ctx.services.currencies.list(ctx.workspaceId()),
    ledgerIds(ctx),
  ]);
  return entries.map((e) => ({
    ...e,
    operationId: ids.show(e.operationId),
    amount: e.minor / 10 ** (currencies.find((c) => c.key === e.currency)?.decimals ?? 0),
  }));
}

async function toPurchaseType(ctx: AppContext, p: Purchase): Promise<PurchaseType> {
  return { ...p, paymentStatus: p.paymentStatus as PaymentStatusEnum, ledger: await units(ctx, p.ledger) };
}

async function toReturnType(ctx: AppContext, r: PurchaseReturn): Promise<PurchaseReturnType> {
  return { ...r, ledger: await units(ctx, r.ledger) };
}

// A page of customers reads these with one query each, not one per customer.
const requestSummary = perRequestBatch((ctx, ids) =>
  ctx.services.purchaseReads.summaries(ctx.workspaceId(), ids),
);

@Resolver(() => CustomerType)
export class PurchaseResolver {
  @Allow(PP.record)
  @Mutation(() => PurchaseType, {
    description:
      'Records a purchase: balances spent (within the caps) and earnings (by the customer’s tier or the programme’s rules) commit with it. The same idempotencyKey returns the first answer.',
  })
  async recordPurchase(
    @Ctx() ctx: AppContext,
    @Arg('input') input: RecordPurchaseInput,
  ): Promise<PurchaseType> {
    const purchase = await ctx.services.purchases.record(ctx.workspaceId(), ctx.actor(), {
      ...input,
      items: input.items?.map((i) => ({
        sku: i.sku ?? undefined,
        name: i.name ?? undefined,
        quantity: i.quantity ?? undefined,
        price: i.price ?? undefined,
      })),
    });
    return toPurchaseType(ctx, purchase);
  }

  @Allow(PP.record)
  @Mutation(() => PurchaseType, { description: 'A PENDING purchase is paid: it earns now.' })
  async markPurchasePaid(
    @Ctx() ctx: AppContext,
    @Arg('purchaseId', () => ID) purchaseId: string,
  ): Promise<PurchaseType> {
    return toPurchaseType(
      ctx,
      await ctx.services.purchases.markPaid(ctx.workspaceId(), ctx.actor(), purchaseId),
    );
  }

  @Allow(PP.return)
  @Mutation(() => PurchaseReturnType, {
    description:
      'Returns a purchase in full or in part: earnings are taken back and spent balances given back in proportion.',
  })
  async returnPurchase(
    @Ctx() ctx: AppContext,
    @Arg('input') input: ReturnPurchaseInput,
  ): Promise<PurchaseReturnType> {
    return toReturnType(
      ctx,
      await ctx.services.purchaseReturns.return(ctx.workspaceId(), ctx.actor(), input),
    );
  }

  @Allow(LP.read)
  @Query(() => [PurchaseReturnType], { description: 'The returns of a purchase, oldest first.' })
  async purchaseReturns(
    @Ctx() ctx: AppContext,
    @Arg('purchaseId', () => ID) purchaseId: string,
  ): Promise<PurchaseReturnType[]> {
    const returns = await ctx.services.purchaseReturns.list(ctx.workspaceId(), purchaseId);
    return Promise.all(returns.map((r) => toReturnType(ctx, r)));
  }

  @Allow(LP.read)
  @FieldResolver(() => PurchaseConnection, {
    description: 'Purchases, newest first; from inclusive, to exclusive.',
  })
  async purchases(
    @Root() customer: CustomerType,
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
    @Arg('branch', () => String, {
      nullable: true,
      description:
        'Only those recorded at this branch (its code, or the text of a purchase from before branches).',
    })
    branch: string | null,
  ): Promise<PurchaseConnection> {
    const page = await ctx.services.purchaseReads.page(ctx.workspaceId(), customer.id, {
      first,
      after,
      from,
      to,
      branch,
    });
    const edges = await Promise.all(
      page.rows.map(async (p) => ({ cursor: purchaseCursor(p), node: await toPurchaseType(ctx, p) })),
    );
    return {
      edges,
      pageInfo: pageInfoOf(edges, page.hasNextPage, after),
    };
  }

  @Allow(LP.read)
  @FieldResolver(() => PurchaseSummaryType, { description: 'Purchase totals, the opening total included.' })
  async purchaseSummary(
    @Root() customer: CustomerType,
    @Ctx() ctx: AppContext,
  ): Promise<PurchaseSummaryType> {
    return (
      (await requestSummary(ctx, customer.id)) ?? {
        total: 0,
        count: 0,
        firstPurchaseAt: null,
        lastPurchaseAt: null,
      }
    );
  }
}
