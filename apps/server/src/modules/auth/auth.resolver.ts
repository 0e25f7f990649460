import { Allow, PUBLIC, SIGNED_IN } from '@patron/sdk';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { twoFactorRequired } from '../../graphql/errors.js';
import { personOf } from '../api-keys/person-only.js';
import { Workspace } from '../workspaces/workspace.entity.js';
import {
  type CalendarSystemEnum,
  ListColumnInput,
  type LocaleEnum,
  StaffType,
  UpdatePreferencesInput,
} from './auth.types.js';
import { P } from './core-permissions.js';
import { checkCredentialLengths } from './credential-limits.js';
import type { Staff } from './staff.entity.js';
import { mustSetUpTwoFactor } from './two-factor-required.js';

/** A staff member as the API shows them (`known`: their workspace when the caller has it already). */
export async function toStaffType(ctx: AppContext, s: Staff, known?: Workspace): Promise<StaffType> {
  const workspace =
    known ?? (await ctx.services.orm.em.fork().findOneOrFail(Workspace, { id: s.workspaceId }));
  const role = (await ctx.services.rolePermissions.roles(s.workspaceId)).get(s.role);
  return {
    id: s.id,
    email: s.email,
    name: s.name,
    role: s.role,
    roleName: role?.name ?? { en: s.role },
    active: s.active,
    mustChangePassword: s.mustChangePassword,
    twoFactorEnabled: s.twoFactorEnabledAt != null,
    twoFactorSetupRequired: await mustSetUpTwoFactor(ctx.services, s),
    createdAt: s.createdAt,
    locale: s.locale as LocaleEnum,
    calendar: s.calendar as CalendarSystemEnum,
    workspace: { id: workspace.id, name: workspace.name },
    permissions: [...(await ctx.services.rolePermissions.of(s.workspaceId, s.role))].sort(),
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
  @Mutation(() => StaffType, {
    description:
      'Signs in and sets the httpOnly session cookie; with two-factor sign-in on, refuses with TWO_FACTOR_REQUIRED and a challenge for loginSecondStep.',
  })
  async login(
    @Ctx() ctx: AppContext,
    @Arg('email') email: string,
    @Arg('password') password: string,
  ): Promise<StaffType> {
    checkCredentialLengths(email, password);
    const signedIn = await ctx.services.auth.login(email, password, { ip: ctx.ip, userAgent: ctx.userAgent });
    if ('challenge' in signedIn) throw twoFactorRequired(signedIn.challenge);
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
}
