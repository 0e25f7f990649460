import { Allow, SIGNED_IN } from '@patron/sdk';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { WORKSPACE_MANAGE } from './workspace-permissions.js';
import { WorkspaceSettingsInput, WorkspaceSettingsType } from './workspace-settings.types.js';

@Resolver()
export class WorkspaceSettingsResolver {
  @Allow(SIGNED_IN)
  @Query(() => WorkspaceSettingsType, { description: "The caller's workspace settings." })
  workspaceSettings(@Ctx() ctx: AppContext): Promise<WorkspaceSettingsType> {
    return ctx.services.workspaceSettings.get(ctx.workspaceId());
  }

  @Allow(WORKSPACE_MANAGE)
  @Mutation(() => WorkspaceSettingsType)
  updateWorkspaceSettings(
    @Ctx() ctx: AppContext,
    @Arg('input') input: WorkspaceSettingsInput,
  ): Promise<WorkspaceSettingsType> {
    return ctx.services.workspaceSettings.update(ctx.workspaceId(), ctx.actor(), input);
  }
}
