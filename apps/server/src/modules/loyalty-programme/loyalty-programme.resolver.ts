import { Allow } from '@patron/sdk';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { LP } from '../ledger/ledger-permissions.js';
import { ProgrammeInput, ProgrammeType } from './loyalty-programme.types.js';

@Resolver()
export class LoyaltyProgrammeResolver {
  @Allow(LP.read)
  @Query(() => ProgrammeType, { description: 'The earning and spending rules for customers without a tier.' })
  loyaltyProgramme(@Ctx() ctx: AppContext): Promise<ProgrammeType> {
    return ctx.services.loyaltyProgramme.get(ctx.workspaceId());
  }

  @Allow(LP.configure)
  @Mutation(() => ProgrammeType)
  updateLoyaltyProgramme(
    @Ctx() ctx: AppContext,
    @Arg('input') input: ProgrammeInput,
  ): Promise<ProgrammeType> {
    return ctx.services.loyaltyProgramme.update(ctx.workspaceId(), ctx.actor(), input);
  }
}
