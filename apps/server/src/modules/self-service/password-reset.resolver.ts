import { Allow, PUBLIC } from '@patron/sdk';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { SelfServiceAccountType } from './self-service.types.js';

@Resolver()
export class PasswordResetResolver {
  @Allow(PUBLIC)
  @Mutation(() => ID, {
    description:
      'Forgot password: a mobile gets a six-digit SMS code (15 minutes, 5 tries), an email a single-use link (60 minutes). Answers the same whether or not an account has the login; the answer names the request for finishCustomerPasswordReset.',
  })
  startCustomerPasswordReset(
    @Ctx() ctx: AppContext,
    @Arg('workspace', () => ID, { description: "The workspace's id." }) workspace: string,
    @Arg('login', { description: 'The mobile (any form) or the email.' }) login: string,
    @Arg('language', () => String, {
      nullable: true,
      description: "en, ru or fa: the message's language when the customer has none of their own.",
    })
    language: string | null,
  ): Promise<string> {
    return ctx.services.passwordReset.start(
      { workspace, login, language },
      { ip: ctx.ip, userAgent: ctx.userAgent },
    );
  }

  @Allow(PUBLIC)
  @Mutation(() => SelfServiceAccountType, {
    description:
      "With the SMS code: sets the new password, ends the customer's other sessions and signs them in.",
  })
  async finishCustomerPasswordReset(
    @Ctx() ctx: AppContext,
    @Arg('resetId', () => ID) resetId: string,
    @Arg('code') code: string,
    @Arg('password') password: string,
  ): Promise<SelfServiceAccountType> {
    const signedIn = await ctx.services.passwordReset.finishByCode(
      { resetId, code, password },
      { ip: ctx.ip, userAgent: ctx.userAgent },
    );
    ctx.setCustomerCookie(signedIn.token, signedIn.expiresAt);
    return ctx.services.selfServiceReads.account(signedIn);
  }

  @Allow(PUBLIC)
  @Mutation(() => SelfServiceAccountType, {
    description:
      "With the emailed link's token (used up): sets the new password, ends the customer's other sessions and signs them in.",
  })
  async resetCustomerPassword(
    @Ctx() ctx: AppContext,
    @Arg('token') token: string,
    @Arg('password') password: string,
  ): Promise<SelfServiceAccountType> {
    const signedIn = await ctx.services.passwordReset.finishByLink(token, password, {
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    ctx.setCustomerCookie(signedIn.token, signedIn.expiresAt);
    return ctx.services.selfServiceReads.account(signedIn);
  }
}
