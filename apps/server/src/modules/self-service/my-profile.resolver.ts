import { Allow, CUSTOMER } from '@patron/sdk';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { ConsentKindEnum, type ConsentStateEnum } from '../consents/consent.types.js';
import { MyProfileInput } from './my-profile.types.js';
import { me } from './self-service.resolver.js';
import { SelfServiceAccountType, SelfServiceConsentType } from './self-service.types.js';

/** The signed-in customer's own marketing consents and details. */
@Resolver()
export class MyProfileResolver {
  @Allow(CUSTOMER)
  @Mutation(() => SelfServiceConsentType, {
    description:
      'Gives or withdraws a marketing consent of the signed-in customer (personal data consent: SELF_SERVICE_PERSONAL_DATA_BY_REQUEST).',
  })
  async setMyConsent(
    @Ctx() ctx: AppContext,
    @Arg('kind', () => ConsentKindEnum) kind: ConsentKindEnum,
    @Arg('granted') granted: boolean,
  ): Promise<SelfServiceConsentType> {
    const consent = await ctx.services.myProfile.setConsent(me(ctx), kind, granted);
    return { kind, state: consent.state as ConsentStateEnum, at: consent.record?.at ?? null };
  }

  @Allow(CUSTOMER)
  @Mutation(() => SelfServiceAccountType, {
    description:
      "Changes the signed-in customer's name, email, birth date or gender (the workspace's attribute rules apply).",
  })
  async updateMyProfile(
    @Ctx() ctx: AppContext,
    @Arg('input', () => MyProfileInput) input: MyProfileInput,
  ): Promise<SelfServiceAccountType> {
    await ctx.services.myProfile.update(me(ctx), input);
    return ctx.services.selfServiceReads.account(me(ctx));
  }
}
