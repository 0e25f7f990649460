import { Allow, SIGNED_IN } from '@patron/sdk';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { P } from '../auth/core-permissions.js';
import type { Role } from './role.service.js';
import { CreateRoleInput, PermissionType, RoleInput, RoleNameType, RoleType } from './roles.types.js';
import { ADMIN_ROLE } from './shipped-roles.js';

const toRoleType = (r: Role): RoleType => ({ ...r, editable: r.key !== ADMIN_ROLE });

@Resolver()
export class RolesResolver {
  @Allow(P.staffManage)
  @Query(() => [RoleType], {
    description: 'The roles of the workspace: shipped ones first, then custom by key.',
  })
  async roles(@Ctx() ctx: AppContext): Promise<RoleType[]> {
    return (await ctx.services.roles.list(ctx.workspaceId())).map(toRoleType);
  }

  @Allow(SIGNED_IN)
  @Query(() => [RoleNameType], { description: 'The keys and names of the roles, in the order of `roles`.' })
  async roleNames(@Ctx() ctx: AppContext): Promise<RoleNameType[]> {
    return (await ctx.services.roles.list(ctx.workspaceId())).map(({ key, name }) => ({ key, name }));
  }

  @Allow(P.staffManage)
  @Query(() => [PermissionType], { description: 'Every permission a role may hold, by module.' })
  permissions(@Ctx() ctx: AppContext): PermissionType[] {
    return ctx.services.roles.permissionList();
  }

  @Allow(P.staffManage)
  @Mutation(() => RoleType)
  async createRole(@Ctx() ctx: AppContext, @Arg('input') input: CreateRoleInput): Promise<RoleType> {
    return toRoleType(await ctx.services.roles.create(ctx.actor(), ctx.workspaceId(), input));
  }

  @Allow(P.staffManage)
  @Mutation(() => RoleType, { description: 'Any role but ADMIN (ROLE_ADMIN_FIXED).' })
  async updateRole(
    @Ctx() ctx: AppContext,
    @Arg('key') key: string,
    @Arg('input') input: RoleInput,
  ): Promise<RoleType> {
    return toRoleType(await ctx.services.roles.update(ctx.actor(), ctx.workspaceId(), key, input));
  }

  @Allow(P.staffManage)
  @Mutation(() => String, {
    description: 'A custom role nobody holds (ROLE_IN_USE, ROLE_SHIPPED otherwise).',
  })
  async deleteRole(@Ctx() ctx: AppContext, @Arg('key') key: string): Promise<string> {
    return ctx.services.roles.delete(ctx.actor(), ctx.workspaceId(), key);
  }
}
