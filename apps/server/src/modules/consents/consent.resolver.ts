import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { perRequestBatch } from '../../graphql/per-request-batch.js';
import { P } from '../auth/core-permissions.js';
import { CustomerType } from '../customers/customer.types.js';
import {
  CONSENT_PAGE_MAX,
  ConsentAtType,
  ConsentChangeInput,
  ConsentKindEnum,
  ConsentRecordPage,
  CustomerConsentType,
} from './consent.types.js';
import type { ConsentKind } from './consent-kinds.js';

const requestConsents = perRequestBatch((ctx, ids) => ctx.services.consents.current(ctx.workspaceId(), ids));

@Resolver(() => CustomerType)
export class ConsentResolver {
  @Allow(P.customersRead)
  @FieldResolver(() => [CustomerConsentType], {
    description: 'Every consent kind with its current state (NOT_ASKED when nothing is recorded).',
  })
  async consents(@Root() customer: CustomerType, @Ctx() ctx: AppContext): Promise<CustomerConsentType[]> {
    return (await requestConsents(ctx, customer.id)) ?? [];
  }

  @Allow(P.customersRead)
  @FieldResolver(() => ConsentRecordPage, { description: 'Grants and withdrawals, newest first.' })
  async consentHistory(
    @Root() customer: CustomerType,
    @Ctx() ctx: AppContext,
    @Arg('kinds', () => [ConsentKindEnum], { nullable: true }) kinds: ConsentKind[] | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ConsentRecordPage> {
    const page = await ctx.services.consents.history(ctx.workspaceId(), customer.id, {
      kinds,
      first: Math.max(1, Math.min(first, CONSENT_PAGE_MAX)),
      after,
    });
    return { ...page, endCursor: page.records.at(-1)?.id ?? null };
  }

  @Allow(P.customersRead)
  @Query(() => ConsentAtType, {
    description:
      'Whether a customer had consented at a moment, e.g. "to SMS on 1 March", and the record in force.',
  })
  async consentAt(
    @Ctx() ctx: AppContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('kind', () => ConsentKindEnum) kind: ConsentKind,
    @Arg('at') at: Date,
  ): Promise<ConsentAtType> {
    const record = await ctx.services.consents.consentAt(ctx.workspaceId(), customerId, kind, at);
    return { granted: record?.granted ?? false, record };
  }

  @Allow(P.customersWrite)
  @Mutation(() => CustomerConsentType, {
    description:
      'Records that a customer granted a consent; granting one already granted is CONSENT_ALREADY_GRANTED.',
  })
  async grantConsent(
    @Ctx() ctx: AppContext,
    @Arg('input') input: ConsentChangeInput,
  ): Promise<CustomerConsentType> {
    return ctx.services.consents.grant(ctx.workspaceId(), ctx.actor(), input);
  }

  @Allow(P.customersWrite)
  @Mutation(() => CustomerConsentType, {
    description:
      'Records that a customer withdrew (or refused) a consent; withdrawing one already withdrawn is CONSENT_ALREADY_WITHDRAWN.',
  })
  async withdrawConsent(
    @Ctx() ctx: AppContext,
    @Arg('input') input: ConsentChangeInput,
  ): Promise<CustomerConsentType> {
    return ctx.services.consents.withdraw(ctx.workspaceId(), ctx.actor(), input);
  }
}
