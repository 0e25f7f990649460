import { Allow, PUBLIC, SIGNED_IN } from '@patron/sdk';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { personOf } from '../api-keys/person-only.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import {
  type CalendarSystemEnum,
  CreateStaffInput,
  ListColumnInput,
  type LocaleEnum,
  type StaffRoleEnum,
  StaffType,
  UpdatePreferencesInput,
} from './auth.types.js';
import { P } from './core-permissions.js';
import type { Staff } from './staff.entity.js';

async function toStaffType(ctx: AppContext, s: Staff, known?: Workspace): Promise<StaffType> {
  const workspace =
    known ?? (await ctx.services.orm.em.fork().findOneOrFail(Workspace, { id: s.workspaceId }));
  return {
    id: s.id,
    email: s.email,
    name: s.name,
    role: s.role as StaffRoleEnum,
    locale: s.locale as LocaleEnum,
    calendar: s.calendar as CalendarSystemEnum,
    workspace: { id: workspace.id, name: workspace.name },
    permissions: [...ctx.services.rolePermissions.of(s.role)].sort(),
    customerColumns: s.customerColumns ?? null,
  };
}

@Resolver()
export class AuthResolver {
  @Allow(PUBLIC)
  @Query(() => StaffType, { nullable: true, description: 'The signed-in staff member, or null.' })
  async me(@Ctx() ctx: AppContext): Promise<StaffType | null> {
    return ctx.staffRow ? toStaffType(ctx, ctx.staffRow) : null;
  }

  @Allow(PUBLIC)
  @Mutation(() => StaffType, { description: 'Signs in and sets the httpOnly session cookie.' })
  async login(
    @Ctx() ctx: AppContext,
    @Arg('email') email: string,
    @Arg('password') password: string,
  ): Promise<StaffType> {
    const signedIn = await ctx.services.auth.login(email, password, { ip: ctx.ip, userAgent: ctx.userAgent });
    ctx.setSessionCookie(signedIn.token, signedIn.expiresAt);
    return toStaffType(ctx, signedIn.staff);
  }

  @Allow(PUBLIC)
  @Mutation(() => Boolean)
  async logout(@Ctx() ctx: AppContext): Promise<boolean> {
    if (ctx.sessionToken) await ctx.services.auth.logout(ctx.sessionToken);
    ctx.clearSessionCookie();
    return true;
  }

  @Allow(SIGNED_IN)
  @Mutation(() => StaffType)
  async updateMyPreferences(
    @Ctx() ctx: AppContext,
    @Arg('input') input: UpdatePreferencesInput,
  ): Promise<StaffType> {
    const staff = await ctx.services.auth.updatePreferences(personOf(ctx).id, input);
    return toStaffType(ctx, staff);
  }

  @Allow(P.customersRead)
  @Mutation(() => StaffType, {
    description: 'Saves the columns of my customer table (any field key), in order.',
  })
  async updateMyCustomerColumns(
    @Ctx() ctx: AppContext,
    @Arg('columns', () => [ListColumnInput]) columns: ListColumnInput[],
  ): Promise<StaffType> {
    const fields = await ctx.services.customerSearch.fields(ctx.workspaceId());
    const known = new Set(fields.map((f) => f.key));
    const staff = await ctx.services.auth.setCustomerColumns(personOf(ctx).id, columns, known);
    return toStaffType(ctx, staff);
  }

  @Allow(P.staffManage)
  @Query(() => [StaffType])
  async staffMembers(@Ctx() ctx: AppContext): Promise<StaffType[]> {
    const workspace = await ctx.services.orm.em.fork().findOneOrFail(Workspace, { id: ctx.workspaceId() });
    const rows = await ctx.services.auth.listStaff(workspace.id);
    return Promise.all(rows.map((s) => toStaffType(ctx, s, workspace)));
  }

  @Allow(P.staffManage)
  @Mutation(() => StaffType)
  async createStaff(@Ctx() ctx: AppContext, @Arg('input') input: CreateStaffInput): Promise<StaffType> {
    return toStaffType(ctx, await ctx.services.auth.createStaff(ctx.workspaceId(), input));
  }
}
