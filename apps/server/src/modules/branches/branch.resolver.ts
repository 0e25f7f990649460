import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { perRequestBatch } from '../../graphql/per-request-batch.js';
import { StaffType } from '../auth/auth.types.js';
import { PurchaseType } from '../purchases/purchase.types.js';
import type { Branch } from './branch.service.js';
import { BranchInput, BranchType } from './branch.types.js';
import { BP } from './branch-permissions.js';

/** Per request: the workspace's branches by code, loaded once however many purchases are shown. */
const branchesByRequest = new WeakMap<AppContext, Promise<Map<string, Branch>>>();
function branchesByCode(ctx: AppContext): Promise<Map<string, Branch>> {
  let branches = branchesByRequest.get(ctx);
  if (!branches) {
    branches = ctx.services.branches
      .list(ctx.workspaceId(), true)
      .then((list) => new Map(list.map((b) => [b.code, b])));
    branchesByRequest.set(ctx, branches);
  }
  return branches;
}
const staffCountsByRequest = new WeakMap<AppContext, Promise<Map<string, number>>>();
/** Keyed `workspace|staff`: `login` answers before the request has a workspace of its own. */
const requestStaffBranch = perRequestBatch(async (ctx, keys) => {
  const byWorkspace = new Map<string, string[]>();
  for (const key of keys) {
    const [workspaceId = '', staffId = ''] = key.split('|');
    byWorkspace.set(workspaceId, [...(byWorkspace.get(workspaceId) ?? []), staffId]);
  }
  const found = new Map<string, Branch>();
  for (const [workspaceId, ids] of byWorkspace)
    for (const [staffId, branch] of await ctx.services.branches.ofStaff(workspaceId, ids))
      found.set(`${workspaceId}|${staffId}`, branch);
  return found;
});

@Resolver(() => BranchType)
export class BranchResolver {
  @Allow(BP.read)
  @Query(() => [BranchType], { description: 'The branches of the workspace, by code.' })
  async branches(
    @Ctx() ctx: AppContext,
    @Arg('includeInactive', { defaultValue: false }) includeInactive: boolean,
  ): Promise<BranchType[]> {
    return ctx.services.branches.list(ctx.workspaceId(), includeInactive);
  }

  @Allow(BP.read)
  @Query(() => BranchType, { nullable: true, description: 'Null when the workspace has no such branch.' })
  async branch(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<BranchType | null> {
    return ctx.services.branches.get(ctx.workspaceId(), id);
  }

  @FieldResolver(() => Int, { description: 'Staff members bound to this branch.' })
  async staffCount(@Ctx() ctx: AppContext, @Root() branch: BranchType): Promise<number> {
    let counts = staffCountsByRequest.get(ctx);
    if (!counts) {
      counts = ctx.services.branches.staffCounts(ctx.workspaceId());
      staffCountsByRequest.set(ctx, counts);
    }
    return (await counts).get(branch.id) ?? 0;
  }

  @Allow(BP.manage)
  @Mutation(() => BranchType)
  async createBranch(@Ctx() ctx: AppContext, @Arg('input') input: BranchInput): Promise<BranchType> {
    return ctx.services.branches.create(ctx.actor(), ctx.workspaceId(), input);
  }

  @Allow(BP.manage)
  @Mutation(() => BranchType, { description: 'Name and address; the code is fixed.' })
  async updateBranch(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: BranchInput,
  ): Promise<BranchType> {
    return ctx.services.branches.update(ctx.actor(), ctx.workspaceId(), id, input);
  }

  @Allow(BP.manage)
  @Mutation(() => BranchType, {
    description:
      'An inactive branch takes no new purchases (nor its bound staff’s); its purchases and staff stay.',
  })
  async setBranchActive(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('active') active: boolean,
  ): Promise<BranchType> {
    return ctx.services.branches.setActive(ctx.actor(), ctx.workspaceId(), id, active);
  }

  @Allow(BP.manage)
  @Mutation(() => ID, {
    description: 'Only a branch no purchase and no staff member refers to (else BRANCH_IN_USE).',
  })
  async deleteBranch(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.branches.delete(ctx.actor(), ctx.workspaceId(), id);
  }
}

@Resolver(() => StaffType)
export class StaffBranchResolver {
  @FieldResolver(() => BranchType, {
    nullable: true,
    description: 'The branch this staff member records purchases at; null: any branch.',
  })
  async branch(@Ctx() ctx: AppContext, @Root() staff: StaffType): Promise<BranchType | null> {
    return (await requestStaffBranch(ctx, `${staff.workspace.id}|${staff.id}`)) ?? null;
  }
}

@Resolver(() => PurchaseType)
export class PurchaseBranchResolver {
  @FieldResolver(() => BranchType, {
    nullable: true,
    description:
      'The branch whose code `branch` is; null for a purchase at no branch, or whose branch is free text from before branches.',
  })
  async branchInfo(@Ctx() ctx: AppContext, @Root() purchase: PurchaseType): Promise<BranchType | null> {
    if (!purchase.branch) return null;
    return (await branchesByCode(ctx)).get(purchase.branch) ?? null;
  }
}
