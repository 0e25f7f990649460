import { Allow } from '@patron/sdk';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { badField } from '../../graphql/errors.js';
import { pageInfoOf } from '../../graphql/page-info.js';
import { P } from '../auth/core-permissions.js';
import { AuditEventConnection, AuditEventTypeEnum } from './audit.types.js';

@Resolver()
export class AuditResolver {
  @Allow(P.staffManage)
  @Query(() => AuditEventConnection, { description: 'The audit log of the workspace, newest first.' })
  async auditEvents(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('types', () => [AuditEventTypeEnum], { nullable: true }) types: string[] | null,
  ): Promise<AuditEventConnection> {
    if (first < 1 || first > 200) throw badField(['first'], 'PAGE_SIZE', { max: 200 });
    if (after != null && !/^\d{1,18}$/.test(after)) throw badField(['after'], 'CURSOR_INVALID');
    const page = await ctx.services.audit.page(ctx.workspaceId(), { first, after, types });
    const edges = page.events.map((e) => ({ cursor: e.id, node: e }));
    return {
      edges,
      pageInfo: pageInfoOf(edges, page.hasNextPage, after),
    };
  }
}
