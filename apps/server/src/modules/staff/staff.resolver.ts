import { Allow, SIGNED_IN } from '@patron/sdk';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { toStaffType } from '../auth/auth.resolver.js';
import { StaffType } from '../auth/auth.types.js';
import { P } from '../auth/core-permissions.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import { ChangeMyPasswordInput, CreateStaffInput } from './staff.types.js';

@Resolver()
export class StaffResolver {
  @Allow(P.staffManage)
  @Query(() => [StaffType], { description: 'Every staff member of the workspace, active or not, by name.' })
  async staffMembers(@Ctx() ctx: AppContext): Promise<StaffType[]> {
    const workspace = await ctx.services.orm.em.fork().findOneOrFail(Workspace, { id: ctx.workspaceId() });
    const rows = await ctx.services.staff.list(workspace.id);
    return Promise.all(rows.map((s) => toStaffType(ctx, s, workspace)));
  }

  @Allow(P.staffManage)
  @Mutation(() => StaffType, {
    description: 'A new staff member with a temporary password, to be changed at their first sign-in.',
  })
  async createStaff(@Ctx() ctx: AppContext, @Arg('input') input: CreateStaffInput): Promise<StaffType> {
    return toStaffType(ctx, await ctx.services.staff.create(ctx.actor(), ctx.workspaceId(), input));
  }

  @Allow(P.staffManage)
  @Mutation(() => StaffType, { description: 'Never the last active admin (LAST_ADMIN).' })
  async changeStaffRole(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('role') role: string,
  ): Promise<StaffType> {
    return toStaffType(ctx, await ctx.services.staff.changeRole(ctx.actor(), ctx.workspaceId(), id, role));
  }

  @Allow(P.staffManage)
  @Mutation(() => StaffType, {
    description:
      'Binds them to an active branch: they record purchases there only (none: at any branch), from their next purchase.',
  })
  async setStaffBranch(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('branchId', () => ID, { nullable: true }) branchId: string | null,
  ): Promise<StaffType> {
    return toStaffType(ctx, await ctx.services.staff.setBranch(ctx.actor(), ctx.workspaceId(), id, branchId));
  }

  @Allow(P.staffManage)
  @Mutation(() => StaffType, {
    description: 'They can no longer sign in and their sessions end at once; never the last active admin.',
  })
  async deactivateStaff(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<StaffType> {
    return toStaffType(ctx, await ctx.services.staff.deactivate(ctx.actor(), ctx.workspaceId(), id));
  }

  @Allow(P.staffManage)
  @Mutation(() => StaffType)
  async reactivateStaff(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<StaffType> {
    return toStaffType(ctx, await ctx.services.staff.reactivate(ctx.actor(), ctx.workspaceId(), id));
  }

  @Allow(P.staffManage)
  @Mutation(() => StaffType, {
    description: 'Their sessions end; they sign in with it and must change it before anything else.',
  })
  async setTemporaryPassword(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('password') password: string,
  ): Promise<StaffType> {
    const staff = await ctx.services.staff.setTemporaryPassword(ctx.actor(), ctx.workspaceId(), id, password);
    return toStaffType(ctx, staff);
  }

  @Allow(P.staffManage)
  @Mutation(() => StaffType, {
    description: 'Turns their two-factor sign-in off (a lost phone); they can set it up again.',
  })
  async resetStaffTwoFactor(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<StaffType> {
    return toStaffType(ctx, await ctx.services.staff.resetTwoFactor(ctx.actor(), ctx.workspaceId(), id));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => StaffType, {
    description: 'Needs the current password; ends my other sessions and lifts a temporary password.',
  })
  async changeMyPassword(
    @Ctx() ctx: AppContext,
    @Arg('input') input: ChangeMyPasswordInput,
  ): Promise<StaffType> {
    const staff = await ctx.services.staff.changeMyPassword(
      ctx.actor(),
      ctx.workspaceId(),
      input,
      ctx.sessionToken,
    );
    return toStaffType(ctx, staff);
  }
}
