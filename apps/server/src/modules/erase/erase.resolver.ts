import { Allow } from '@patron/sdk';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { JSONScalar } from '../../graphql/json.js';
import { P } from '../auth/core-permissions.js';
import { EXPORT_PERMISSION } from '../exports/export-permissions.js';
import { LP } from '../ledger/ledger-permissions.js';
import { ERASE_PERMISSION } from './erase-permissions.js';

@ObjectType()
export class ErasedCustomer {
  @Field(() => ID) customerId!: string;
  @Field(() => Int, { description: 'The customer and its child profiles.' }) profiles!: number;
  @Field(() => Int, { description: 'History events whose personal values were dropped.' })
  historyEvents!: number;
}

@Resolver()
export class EraseResolver {
  @Allow(ERASE_PERMISSION)
  @Mutation(() => ErasedCustomer, {
    description:
      "Erases the customer's personal data on their request (attributes, search text, personal values in history, and what other modules keep) with its child profiles; ledger and purchases stay. Cannot be undone; a second call is refused with CUSTOMER_ALREADY_ERASED.",
  })
  async eraseCustomer(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<ErasedCustomer> {
    return ctx.services.erasure.erase(ctx.workspaceId(), id, ctx.actor());
  }

  // The download holds loyalty data and leaves the system: read, loyalty read and export, all three.
  @Allow(P.customersRead, LP.read, EXPORT_PERMISSION)
  @Query(() => JSONScalar, {
    description:
      "Everything held about the customer (profile, child profiles, tags, tier, balances, ledger, purchases, referrals, history) as one JSON document: the customer's right of access.",
  })
  async customerData(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<unknown> {
    return ctx.services.customerData.collect(ctx.workspaceId(), id);
  }
}
