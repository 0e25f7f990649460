import { Allow, SIGNED_IN } from '@patron/sdk';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { personOf } from '../api-keys/person-only.js';
import { StaffSessionType } from './session.types.js';

@Resolver()
export class SessionsResolver {
  @Allow(SIGNED_IN)
  @Query(() => [StaffSessionType], { description: 'My live sessions, most recently used first.' })
  async mySessions(@Ctx() ctx: AppContext): Promise<StaffSessionType[]> {
    return ctx.services.staffSessions.list(personOf(ctx).id, ctx.sessionToken);
  }

  @Allow(SIGNED_IN)
  @Mutation(() => Boolean, { description: 'Ends one of my sessions (SESSION_NOT_FOUND if it is not mine).' })
  async signOutSession(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    await ctx.services.staffSessions.signOut(personOf(ctx).id, id);
    return true;
  }

  @Allow(SIGNED_IN)
  @Mutation(() => Int, {
    description: 'Ends my sessions, all but this one when keepCurrent; how many ended.',
  })
  async signOutEverywhere(
    @Ctx() ctx: AppContext,
    @Arg('keepCurrent', { defaultValue: true }) keepCurrent: boolean,
  ): Promise<number> {
    const ended = await ctx.services.staffSessions.signOutEverywhere(
      personOf(ctx).id,
      keepCurrent ? ctx.sessionToken : null,
    );
    if (!keepCurrent) ctx.clearSessionCookie();
    return ended;
  }
}
