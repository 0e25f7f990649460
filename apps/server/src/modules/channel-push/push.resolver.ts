import { Allow, CUSTOMER } from '@patron/sdk';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { refusal } from '../../graphql/errors.js';
import { MyPushSubscriptionInput } from './push.types.js';
import type { PushCustomer } from './push-subscriptions.js';

/** The customer behind the self-service cookie (the CUSTOMER rule has checked there is one). */
function me(ctx: AppContext): PushCustomer {
  if (!ctx.customer) throw refusal('UNAUTHENTICATED');
  return ctx.customer;
}

/** Notifications on the customer's own devices, switched on and off from their self-service pages. */
@Resolver()
export class PushResolver {
  @Allow(CUSTOMER)
  @Query(() => String, {
    nullable: true,
    description:
      'The VAPID public key browsers subscribe with (applicationServerKey); null when the club sends no push notifications.',
  })
  async myPushKey(@Ctx() ctx: AppContext): Promise<string | null> {
    return ctx.services.pushSubscriptions.publicKey(me(ctx).workspaceId);
  }

  @Allow(CUSTOMER)
  @Mutation(() => Boolean, {
    description:
      "Keeps this browser's push subscription for the signed-in customer and records their PUSH consent (PUSH_NOT_AVAILABLE without a push account).",
  })
  async subscribeMyPush(
    @Ctx() ctx: AppContext,
    @Arg('input', () => MyPushSubscriptionInput) input: MyPushSubscriptionInput,
  ): Promise<boolean> {
    return ctx.services.pushSubscriptions.subscribe(me(ctx), input, ctx.userAgent);
  }

  @Allow(CUSTOMER)
  @Mutation(() => Boolean, {
    description:
      "Forgets this browser's subscription (false when it was not the customer's); the PUSH consent is withdrawn when none is left.",
  })
  async unsubscribeMyPush(@Ctx() ctx: AppContext, @Arg('endpoint') endpoint: string): Promise<boolean> {
    return ctx.services.pushSubscriptions.unsubscribe(me(ctx), endpoint);
  }
}
