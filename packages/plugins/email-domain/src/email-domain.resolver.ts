import { Allow, type PatronContext } from '@patron/sdk';
import type {} from '@patron/server/services';
import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';

export const emailDomainSettings = { attributeKey: 'emailDomain' };

@ObjectType()
export class EmailDomainCount {
  @Field() domain!: string;
  @Field(() => Int) customers!: number;
}

@Resolver()
export class EmailDomainResolver {
  @Allow('customers.read')
  @Query(() => [EmailDomainCount], {
    description: 'The most common email domains among customers (email-domain plugin).',
  })
  async emailDomainStats(
    @Ctx() ctx: PatronContext,
    @Arg('limit', () => Int, { defaultValue: 10 }) limit: number,
  ): Promise<EmailDomainCount[]> {
    const rows = await ctx.services.customers.countByAttribute(
      ctx.workspaceId(),
      emailDomainSettings.attributeKey,
      Math.min(Math.max(limit, 1), 100),
    );
    return rows.map((r) => ({ domain: r.value, customers: r.count }));
  }
}
