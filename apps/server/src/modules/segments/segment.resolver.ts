import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { JSONScalar } from '../../graphql/json.js';
import { personOf } from '../api-keys/person-only.js';
import { P } from '../auth/core-permissions.js';
import { type FilterGroupInput, toApiFilter } from '../customer-search/filter-input.js';
import type { SegmentViewer } from './segment.service.js';
import { SegmentInput, SegmentOwner, SegmentType } from './segment.types.js';

/** Per request: the workspace's staff names, loaded once however many segments are listed. */
const namesByRequest = new WeakMap<AppContext, Promise<Map<string, string>>>();
function staffNames(ctx: AppContext): Promise<Map<string, string>> {
  let names = namesByRequest.get(ctx);
  if (!names) {
    names = ctx.services.auth
      .listStaff(ctx.workspaceId())
      .then((staff) => new Map(staff.map((s) => [s.id, s.name])));
    namesByRequest.set(ctx, names);
  }
  return names;
}

/** Segments belong to people (owner, sharing): an API key is refused. */
function viewer(ctx: AppContext): SegmentViewer {
  const staff = personOf(ctx);
  return { workspaceId: staff.workspaceId, staffId: staff.id, role: staff.role, name: staff.name };
}

@Resolver(() => SegmentType)
export class SegmentResolver {
  @Allow(P.customersRead)
  @Query(() => [SegmentType], { description: 'Own private segments and every shared one, by name.' })
  async segments(@Ctx() ctx: AppContext): Promise<SegmentType[]> {
    return ctx.services.segments.list(viewer(ctx));
  }

  @Allow(P.customersRead)
  @Query(() => SegmentType)
  async segment(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<SegmentType> {
    return ctx.services.segments.get(viewer(ctx), id);
  }

  @Allow(P.customersRead)
  @Mutation(() => SegmentType)
  async createSegment(@Ctx() ctx: AppContext, @Arg('input') input: SegmentInput): Promise<SegmentType> {
    return ctx.services.segments.create(viewer(ctx), input);
  }

  @Allow(P.customersRead)
  @Mutation(() => SegmentType, { description: 'Owner only; a shared segment also by an admin.' })
  async updateSegment(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: SegmentInput,
  ): Promise<SegmentType> {
    return ctx.services.segments.update(viewer(ctx), id, input);
  }

  @Allow(P.customersRead)
  @Mutation(() => ID, { description: 'Owner only; a shared segment also by an admin.' })
  async deleteSegment(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.segments.delete(viewer(ctx), id);
  }

  @FieldResolver(() => SegmentOwner)
  async owner(@Ctx() ctx: AppContext, @Root() segment: SegmentType): Promise<SegmentOwner> {
    const names = await staffNames(ctx);
    return { id: segment.ownerId, name: names.get(segment.ownerId) ?? '' };
  }

  @FieldResolver(() => JSONScalar, {
    nullable: true,
    description: 'Same shape as the CustomerFilter input, or null.',
  })
  filter(@Root() segment: SegmentType): unknown {
    return segment.filter ? toApiFilter(segment.filter as FilterGroupInput) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the signed-in staff member may change it.' })
  canEdit(@Ctx() ctx: AppContext, @Root() segment: SegmentType): boolean {
    return ctx.services.segments.canEdit(viewer(ctx), segment);
  }

  @FieldResolver(() => Int, { description: 'Live: counted when asked.' })
  async memberCount(@Ctx() ctx: AppContext, @Root() segment: SegmentType): Promise<number> {
    return ctx.services.customerSearch.count(viewer(ctx), { segmentId: segment.id });
  }
}
