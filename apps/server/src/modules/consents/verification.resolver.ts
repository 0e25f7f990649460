import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { perRequestBatch } from '../../graphql/per-request-batch.js';
import { P } from '../auth/core-permissions.js';
import { CustomerType } from '../customers/customer.types.js';
import { ContactVerificationInput, VerificationType } from './consent.types.js';
import { VERIFY_PERMISSION } from './consent-permissions.js';

const requestVerification = perRequestBatch((ctx, ids) =>
  ctx.services.verification.get(ctx.workspaceId(), ids),
);

@Resolver(() => CustomerType)
export class VerificationResolver {
  @Allow(P.customersRead)
  @FieldResolver(() => VerificationType)
  async verification(@Root() customer: CustomerType, @Ctx() ctx: AppContext): Promise<VerificationType> {
    return (await requestVerification(ctx, customer.id)) as VerificationType;
  }

  @Allow(VERIFY_PERMISSION)
  @Mutation(() => VerificationType, {
    description: 'A manager confirms the profile (NEW or UNCONFIRMED → VERIFIED).',
  })
  async verifyCustomer(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<VerificationType> {
    return ctx.services.verification.verify(ctx.workspaceId(), ctx.actor(), id);
  }

  @Allow(VERIFY_PERMISSION)
  @Mutation(() => VerificationType, {
    description:
      'Marks the phone or email verified or not; verified needs personal data consent (CONSENT_PERSONAL_DATA_REQUIRED).',
  })
  async setContactVerified(
    @Ctx() ctx: AppContext,
    @Arg('input') input: ContactVerificationInput,
  ): Promise<VerificationType> {
    return ctx.services.verification.setContactVerified(
      ctx.workspaceId(),
      ctx.actor(),
      input.customerId,
      input.contact,
      input.verified,
    );
  }
}
