import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { badField } from '../../graphql/errors.js';
import { fromMinor } from '../ledger/amounts.js';
import { LP } from '../ledger/ledger-permissions.js';
import type { BatchRecord } from './balance-batch.service.js';
import {
  BalanceBatchInput,
  BalanceBatchLineType,
  BalanceBatchType,
  type BatchStatusEnum,
} from './balance-batch.types.js';
import { readLineDetail } from './batch-line-detail.js';

async function toBatchType(
  ctx: AppContext,
  b: BatchRecord,
): Promise<BalanceBatchType & { decimals: number }> {
  const currency = (await ctx.services.currencies.list(ctx.workspaceId())).find(
    (c) => c.id === b.currency_id,
  );
  const n = (problem: string) => b.counts[problem] ?? 0;
  return {
    id: b.id,
    status: b.status as BatchStatusEnum,
    currency: currency?.key ?? '',
    decimals: currency?.decimals ?? 0,
    identifier: b.identifier,
    reason: b.reason,
    comment: b.comment,
    expiresAt: b.expires_at,
    totalLines: b.total_rows,
    matched: n('OK'),
    unmatched: n('UNMATCHED'),
    invalid: n('INVALID'),
    inactive: n('INACTIVE'),
    wouldGoNegative: n('NEGATIVE'),
    tooLow: n('TOO_LOW'),
    applied: b.applied,
    createdAt: b.created_at,
    confirmedAt: b.confirmed_at,
    finishedAt: b.finished_at,
  };
}

@Resolver(() => BalanceBatchType)
export class BalanceBatchResolver {
  @Allow(LP.adjust)
  @Mutation(() => BalanceBatchType, {
    description:
      'Uploads and matches a batch, writing nothing to balances: read the preview, then confirm it.',
  })
  async previewBalanceBatch(
    @Ctx() ctx: AppContext,
    @Arg('input') input: BalanceBatchInput,
  ): Promise<BalanceBatchType> {
    const staff = ctx.staffRow;
    const { fileId, ...rest } = input;
    if (fileId != null && rest.csv != null) throw badField(['input', 'csv'], 'BATCH_ONE_SOURCE');
    const csv =
      fileId != null
        ? await ctx.services.files.text(ctx.workspaceId(), fileId, ['input', 'fileId'])
        : rest.csv;
    const batch = await ctx.services.balanceBatches.preview(
      { workspaceId: ctx.workspaceId(), staffId: staff?.id ?? '' },
      ctx.actor(),
      { ...rest, csv },
    );
    return toBatchType(ctx, batch);
  }

  @Allow(LP.adjust)
  @Mutation(() => BalanceBatchType, {
    description:
      'Applies a previewed batch in the background, each line exactly once; confirming again changes nothing.',
  })
  async confirmBalanceBatch(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
  ): Promise<BalanceBatchType> {
    return toBatchType(ctx, await ctx.services.balanceBatches.confirm(ctx.workspaceId(), id));
  }

  @Allow(LP.read)
  @Query(() => BalanceBatchType)
  async balanceBatch(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<BalanceBatchType> {
    return toBatchType(ctx, await ctx.services.balanceBatches.get(ctx.workspaceId(), id));
  }

  @FieldResolver(() => [BalanceBatchLineType], { description: 'Lines with a problem, by line number.' })
  async problems(
    @Root() batch: BalanceBatchType & { decimals?: number },
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Arg('afterLine', () => Int, { defaultValue: 0 }) afterLine: number,
  ): Promise<BalanceBatchLineType[]> {
    if (first < 1 || first > 1000) throw badField(['first'], 'PAGE_SIZE', { max: 1000 });
    const rows = await ctx.services.balanceBatches.problems(ctx.workspaceId(), batch.id, first, afterLine);
    return rows.map((r) => ({
      ...r,
      ...readLineDetail(r.detail),
      amount: fromMinor(r.amount, batch.decimals ?? 0),
    }));
  }
}
