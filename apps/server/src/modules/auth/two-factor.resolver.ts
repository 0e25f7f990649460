import { Allow, PUBLIC, SIGNED_IN } from '@patron/sdk';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { badField, refusal } from '../../graphql/errors.js';
import { personOf } from '../api-keys/person-only.js';
import { toStaffType } from './auth.resolver.js';
import { StaffType } from './auth.types.js';
import { TwoFactorEnrolment, TwoFactorStatus } from './two-factor.types.js';
import { roleRequiresTwoFactor } from './two-factor-required.js';

/** Longer than any code or recovery code, shorter than a password may be (turning off takes either). */
const MAX_PROOF = 1000;
const MAX_CHALLENGE = 200;

@Resolver()
export class TwoFactorResolver {
  @Allow(SIGNED_IN)
  @Query(() => TwoFactorStatus, { description: 'Whether my sign-in asks for a code.' })
  async myTwoFactor(@Ctx() ctx: AppContext): Promise<TwoFactorStatus> {
    return ctx.services.twoFactor.status(personOf(ctx).id);
  }

  @Allow(SIGNED_IN)
  @Mutation(() => TwoFactorEnrolment, {
    description:
      'A fresh secret to add to an authenticator app; on once confirmTwoFactor gets a code (TWO_FACTOR_SECRET_KEY_MISSING without PATRON_SECRET_KEY).',
  })
  async startTwoFactorEnrolment(@Ctx() ctx: AppContext): Promise<TwoFactorEnrolment> {
    return ctx.services.twoFactor.start(personOf(ctx).id);
  }

  @Allow(SIGNED_IN)
  @Mutation(() => [String], {
    description:
      'A current code turns two-factor sign-in on; answers 10 one-time recovery codes, shown once.',
  })
  async confirmTwoFactor(@Ctx() ctx: AppContext, @Arg('code') code: string): Promise<string[]> {
    if (code.length > MAX_PROOF) throw badField(['code'], 'TWO_FACTOR_CODE_WRONG');
    return ctx.services.twoFactor.confirm(ctx.actor(), personOf(ctx).id, code);
  }

  @Allow(SIGNED_IN)
  @Mutation(() => TwoFactorStatus, {
    description:
      'Turns my two-factor sign-in off; `proof` is a current code, a recovery code or my password. TWO_FACTOR_REQUIRED_BY_WORKSPACE while my role requires it.',
  })
  async turnOffTwoFactor(@Ctx() ctx: AppContext, @Arg('proof') proof: string): Promise<TwoFactorStatus> {
    if (proof.length > MAX_PROOF) throw badField(['proof'], 'TWO_FACTOR_CODE_WRONG');
    const staff = personOf(ctx);
    if (await roleRequiresTwoFactor(ctx.services, staff)) throw refusal('TWO_FACTOR_REQUIRED_BY_WORKSPACE');
    await ctx.services.twoFactor.turnOff(ctx.actor(), staff.id, proof);
    return ctx.services.twoFactor.status(staff.id);
  }

  @Allow(PUBLIC)
  @Mutation(() => StaffType, {
    description:
      'The second sign-in step after login refused with TWO_FACTOR_REQUIRED: its extensions.challenge and a code from the app (or a recovery code). Sets the session cookie.',
  })
  async loginSecondStep(
    @Ctx() ctx: AppContext,
    @Arg('challenge') challenge: string,
    @Arg('code') code: string,
  ): Promise<StaffType> {
    if (challenge.length > MAX_CHALLENGE || code.length > MAX_PROOF) {
      throw badField(['code'], 'TWO_FACTOR_CODE_WRONG');
    }
    const signedIn = await ctx.services.twoFactor.secondStep(challenge, code, {
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    ctx.setSessionCookie(signedIn.token, signedIn.expiresAt);
    return toStaffType(ctx, signedIn.staff);
  }
}
