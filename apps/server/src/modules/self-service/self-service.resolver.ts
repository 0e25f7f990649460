import { Allow, CUSTOMER, PUBLIC } from '@patron/sdk';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { refusal } from '../../graphql/errors.js';
import type { CustomerRequest } from './customer-requests.service.js';
import type { SelfServiceCaller } from './customer-sessions.js';
import {
  type CustomerRequestStatusEnum,
  MyCustomerRequestType,
  SelfServiceAccountType,
  SelfServiceInvitationType,
  SelfServiceOperationConnection,
  SelfServicePurchaseConnection,
} from './self-service.types.js';
import { SSP } from './self-service-permissions.js';

/** The customer behind the self-service cookie (the CUSTOMER rule has checked there is one). */
export function me(ctx: AppContext): SelfServiceCaller {
  if (!ctx.customer) throw refusal('UNAUTHENTICATED');
  return ctx.customer;
}

/** A request as its customer sees it: who on the staff answered stays inside. */
export const toMyRequest = (r: CustomerRequest): MyCustomerRequestType => ({
  id: r.id,
  subject: r.subject,
  text: r.text,
  status: r.status as CustomerRequestStatusEnum,
  answer: r.answer,
  answeredAt: r.answeredAt,
  createdAt: r.createdAt,
});

@Resolver()
export class SelfServiceResolver {
  @Allow(SSP.invite)
  @Mutation(() => SelfServiceInvitationType, {
    description:
      'A single-use link (72 hours) for the customer to set their self-service password; voids any earlier one.',
  })
  async inviteCustomerToSelfService(
    @Ctx() ctx: AppContext,
    @Arg('customerId', () => ID) customerId: string,
  ): Promise<SelfServiceInvitationType> {
    return ctx.services.selfService.invite(ctx.actor(), ctx.workspaceId(), customerId);
  }

  @Allow(PUBLIC)
  @Mutation(() => SelfServiceAccountType, {
    description: "Sets the customer's password with an invitation's token (used up) and signs them in.",
  })
  async setSelfServicePassword(
    @Ctx() ctx: AppContext,
    @Arg('token') token: string,
    @Arg('password') password: string,
  ): Promise<SelfServiceAccountType> {
    const signedIn = await ctx.services.selfService.setPassword(token, password, {
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    ctx.setCustomerCookie(signedIn.token, signedIn.expiresAt);
    return ctx.services.selfServiceReads.account(signedIn);
  }

  @Allow(PUBLIC)
  @Mutation(() => SelfServiceAccountType, {
    description:
      'Signs a customer in (their mobile in any form, or email) and sets the httpOnly customer session cookie.',
  })
  async customerSignIn(
    @Ctx() ctx: AppContext,
    @Arg('workspace', () => ID, { description: "The workspace's id." }) workspace: string,
    @Arg('login') login: string,
    @Arg('password') password: string,
  ): Promise<SelfServiceAccountType> {
    const signedIn = await ctx.services.selfService.signIn(workspace, login, password, {
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    ctx.setCustomerCookie(signedIn.token, signedIn.expiresAt);
    return ctx.services.selfServiceReads.account(signedIn);
  }

  @Allow(PUBLIC)
  @Mutation(() => Boolean, { description: "Ends the customer's session and clears its cookie." })
  async customerSignOut(@Ctx() ctx: AppContext): Promise<boolean> {
    if (ctx.customerSessionToken) await ctx.services.selfService.signOut(ctx.customerSessionToken);
    ctx.clearCustomerCookie();
    return true;
  }

  @Allow(CUSTOMER)
  @Query(() => SelfServiceAccountType, {
    description: 'The signed-in customer: name, card, tier, balances, consents.',
  })
  async myAccount(@Ctx() ctx: AppContext): Promise<SelfServiceAccountType> {
    return ctx.services.selfServiceReads.account(me(ctx));
  }

  @Allow(CUSTOMER)
  @Query(() => SelfServiceOperationConnection, {
    description: "The signed-in customer's operations, newest first.",
  })
  async myOperations(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<SelfServiceOperationConnection> {
    return ctx.services.selfServiceReads.operations(me(ctx), first, after);
  }

  @Allow(CUSTOMER)
  @Query(() => SelfServicePurchaseConnection, {
    description: "The signed-in customer's purchases, newest first.",
  })
  async myPurchases(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<SelfServicePurchaseConnection> {
    return ctx.services.selfServiceReads.purchases(me(ctx), first, after);
  }

  @Allow(CUSTOMER)
  @Mutation(() => Boolean, {
    description: "Changes the signed-in customer's password; their other sessions end.",
  })
  async changeMyAccountPassword(
    @Ctx() ctx: AppContext,
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
  ): Promise<boolean> {
    await ctx.services.selfService.changePassword(
      me(ctx),
      { currentPassword, newPassword },
      ctx.customerSessionToken,
    );
    return true;
  }

  @Allow(CUSTOMER)
  @Mutation(() => MyCustomerRequestType, { description: 'Sends the workspace a request (subject and text).' })
  async sendRequest(
    @Ctx() ctx: AppContext,
    @Arg('subject') subject: string,
    @Arg('text') text: string,
  ): Promise<MyCustomerRequestType> {
    return toMyRequest(await ctx.services.customerRequests.send(me(ctx), { subject, text }));
  }

  @Allow(CUSTOMER)
  @Query(() => [MyCustomerRequestType], {
    description: "The signed-in customer's requests with answers, newest first.",
  })
  async myRequests(@Ctx() ctx: AppContext): Promise<MyCustomerRequestType[]> {
    return (await ctx.services.customerRequests.mine(me(ctx))).map(toMyRequest);
  }
}
