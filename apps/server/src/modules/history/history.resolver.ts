import type { FieldChange } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { badField } from '../../graphql/errors.js';
import { pageInfoOf } from '../../graphql/page-info.js';
import { CustomerType } from '../customers/customer.types.js';
import { HistoryEventConnection, HistoryEventTypeEnum } from './history.types.js';

/** Customer.history: read access follows from the root field that reached the customer. */
@Resolver(() => CustomerType)
export class CustomerHistoryResolver {
  @FieldResolver(() => HistoryEventConnection, {
    description: 'Everything that happened to the customer, newest first.',
  })
  async history(
    @Root() customer: CustomerType,
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('types', () => [HistoryEventTypeEnum], { nullable: true }) types: string[] | null,
    @Arg('from', () => Date, { nullable: true, description: 'Events at or after this instant.' })
    from: Date | null,
    @Arg('to', () => Date, {
      nullable: true,
      description:
        'Events before this instant (a day range is [start of first day, start of the day after)).',
    })
    to: Date | null,
  ): Promise<HistoryEventConnection> {
    if (first < 1 || first > 100) throw badField(['first'], 'PAGE_SIZE', { max: 100 });
    if (from && to && from > to) throw badField(['from'], 'HISTORY_PERIOD_INVALID');
    if (after != null && !/^\d{1,18}$/.test(after)) throw badField(['after'], 'CURSOR_INVALID');
    const page = await ctx.services.history.page(ctx.workspaceId(), customer.id, {
      first,
      after,
      types,
      from,
      to,
    });
    const edges = page.rows.map((e) => ({
      cursor: String(e.id),
      node: {
        id: String(e.id),
        type: e.type,
        occurredAt: e.occurredAt,
        actor: { id: e.actorId ?? null, name: e.actorName, kind: e.actorKind },
        changes: e.changes.map((c: FieldChange & { erased?: boolean }) => ({
          key: c.key,
          oldValue: c.oldValue,
          newValue: c.newValue,
          erased: c.erased === true,
        })),
      },
    }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: pageInfoOf(edges, page.hasNextPage, after),
    };
  }
}
