import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { badField } from '../../graphql/errors.js';
import { perRequestBatch } from '../../graphql/per-request-batch.js';
import { CustomerType } from '../customers/customer.types.js';
import { LP } from '../ledger/ledger-permissions.js';
import {
  RfmMovementType,
  RfmRecomputationType,
  RfmSegmentChangeType,
  RfmSegmentCountType,
  RfmType,
} from './rfm.types.js';
import { segmentLabel } from './rfm-segments.js';

/** Per request: the RFM rows of every customer the request shows, read in one query. */
const requestRow = perRequestBatch((ctx, ids) => ctx.services.rfm.rows(ctx.workspaceId(), ids));

@Resolver(() => CustomerType)
export class CustomerRfmResolver {
  @Allow(LP.read)
  @FieldResolver(() => RfmType, {
    nullable: true,
    description:
      'Recency, frequency and monetary scores and segment; null for a customer without purchases, or with purchases not scored yet (RFM is recomputed on a schedule).',
  })
  async rfm(@Root() customer: CustomerType, @Ctx() ctx: AppContext): Promise<RfmType | null> {
    return (await requestRow(ctx, customer.id)) ?? null;
  }
}

@Resolver(() => RfmType)
export class RfmResolver {
  @FieldResolver(() => [RfmSegmentChangeType], {
    description: 'Segments the customer entered, newest first.',
  })
  async history(
    @Root() rfm: RfmType,
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ): Promise<RfmSegmentChangeType[]> {
    if (first < 1 || first > 100) throw badField(['first'], 'PAGE_SIZE', { max: 100 });
    return ctx.services.rfm.history(ctx.workspaceId(), rfm.customerId, first);
  }

  @Allow(LP.read)
  @Query(() => [RfmSegmentCountType], {
    description: 'Customers per RFM segment in the workspace, every segment listed (zero included).',
  })
  async rfmSegments(@Ctx() ctx: AppContext): Promise<RfmSegmentCountType[]> {
    return (await ctx.services.rfm.summary(ctx.workspaceId())).map((s) => ({
      ...s,
      label: segmentLabel(s.segment),
    }));
  }

  @Allow(LP.read)
  @Query(() => RfmMovementType, {
    description: 'How the last recomputation moved customers between segments (from → to, with counts).',
  })
  async rfmMovement(@Ctx() ctx: AppContext): Promise<RfmMovementType> {
    return ctx.services.rfm.movement(ctx.workspaceId());
  }

  @Allow(LP.configure)
  @Mutation(() => RfmRecomputationType, {
    description:
      'Recomputes every score and segment of the workspace now (the job does it daily); segment changes go to each customer’s history.',
  })
  async recomputeRfm(@Ctx() ctx: AppContext): Promise<RfmRecomputationType> {
    return ctx.services.rfm.recompute(ctx.workspaceId());
  }
}
