import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { perRequestBatch } from '../../graphql/per-request-batch.js';
import { CustomerType } from './customer.types.js';

// Rows from the list carry their number; others (a just-created customer) read it once per request.
const requestNumber = perRequestBatch((ctx, ids) => ctx.services.customers.numbers(ctx.workspaceId(), ids));

@Resolver(() => CustomerType)
export class CustomerNumberResolver {
  @FieldResolver(() => Int, {
    description:
      'A short number, 1, 2, 3… per workspace in the order customers were created; found by search.',
  })
  async number(@Root() customer: CustomerType, @Ctx() ctx: AppContext): Promise<number> {
    return customer.knownNumber ?? (await requestNumber(ctx, customer.id)) ?? 0;
  }
}
