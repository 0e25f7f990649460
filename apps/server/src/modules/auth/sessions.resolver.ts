import { Allow, SIGNED_IN } from '@patron/sdk';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { StaffSessionType } from './session.types.js';

@Resolver()
export class SessionsResolver {
  @Allow(SIGNED_IN)
  @Query(() => [StaffSessionType], { description: 'My live sessions, most recently used first.' })
  async mySessions(@Ctx() ctx: AppContext): Promise<StaffSessionType[]> {
    return ctx.services.staffSessions.list(ctx.actor().id as string, ctx.sessionToken);
  }

  @Allow(SIGNED_IN)
  @Mutation(() => Boolean, { description: 'Ends one of my sessions (SESSION_NOT_FOUND if it is not mine).' })
  async signOutSession(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    await ctx.services.staffSessions.signOut(ctx.actor().id as string, id);
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
      ctx.actor().id as string,
      keepCurrent ? ctx.sessionToken : null,
    );
    if (!keepCurrent) ctx.clearSessionCookie();
    return ended;
  }
}
