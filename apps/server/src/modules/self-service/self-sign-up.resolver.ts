import { Allow, PUBLIC } from '@patron/sdk';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { SelfServiceAccountType } from './self-service.types.js';

@Resolver()
export class SelfSignUpResolver {
  @Allow(PUBLIC)
  @Query(() => Boolean, {
    description: "Whether the workspace lets people join by themselves on the customers' pages.",
  })
  selfSignUpOpen(
    @Ctx() ctx: AppContext,
    @Arg('workspace', () => ID, { description: "The workspace's id." }) workspace: string,
  ): Promise<boolean> {
    return ctx.services.selfSignUp.isOpen(workspace);
  }

  @Allow(PUBLIC)
  @Mutation(() => ID, {
    description:
      'Sends a six-digit code by SMS (10 minutes, 5 tries) to join the club; answers the same for a member and a stranger. The answer names the sign-up for finishCustomerSignUp.',
  })
  startCustomerSignUp(
    @Ctx() ctx: AppContext,
    @Arg('workspace', () => ID, { description: "The workspace's id." }) workspace: string,
    @Arg('mobile') mobile: string,
    @Arg('firstName') firstName: string,
    @Arg('lastName', () => String, { nullable: true }) lastName: string | null,
    @Arg('language', () => String, { nullable: true, description: 'en, ru or fa: the SMS is in it.' })
    language: string | null,
  ): Promise<string> {
    return ctx.services.selfSignUp.start(
      { workspace, mobile, firstName, lastName, language },
      { ip: ctx.ip, userAgent: ctx.userAgent },
    );
  }

  @Allow(PUBLIC)
  @Mutation(() => SelfServiceAccountType, {
    description:
      'With the SMS code: makes the person a member (or gives the customer with that mobile and no password this one), records their consents and signs them in.',
  })
  async finishCustomerSignUp(
    @Ctx() ctx: AppContext,
    @Arg('signUpId', () => ID) signUpId: string,
    @Arg('code') code: string,
    @Arg('password') password: string,
    @Arg('marketingConsent', () => Boolean, {
      defaultValue: false,
      description: 'Marketing SMS, only when the person ticked it.',
    })
    marketingConsent: boolean,
  ): Promise<SelfServiceAccountType> {
    const signedIn = await ctx.services.selfSignUp.finish(
      { signUpId, code, password, marketingConsent },
      { ip: ctx.ip, userAgent: ctx.userAgent },
    );
    ctx.setCustomerCookie(signedIn.token, signedIn.expiresAt);
    return ctx.services.selfServiceReads.account(signedIn);
  }
}
