import { Allow } from '@patron/sdk';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { CurrencyInput, CurrencyType } from '../ledger/ledger.types.js';
import { LP } from '../ledger/ledger-permissions.js';
import type { Currency } from './currency.entity.js';

export function toCurrencyType(
  c: Pick<Currency, 'id' | 'key' | 'name' | 'decimals' | 'unitValue' | 'spendable' | 'position'>,
): CurrencyType {
  return {
    id: c.id,
    key: c.key,
    name: c.name,
    decimals: c.decimals,
    unitValue: Number(c.unitValue),
    spendable: c.spendable,
    position: c.position,
  };
}

@Resolver(() => CurrencyType)
export class CurrencyResolver {
  @Allow(LP.read)
  @Query(() => [CurrencyType], { description: 'The balances this workspace keeps, in display order.' })
  async currencies(@Ctx() ctx: AppContext): Promise<CurrencyType[]> {
    return (await ctx.services.currencies.list(ctx.workspaceId())).map(toCurrencyType);
  }

  @Allow(LP.configure)
  @Mutation(() => CurrencyType)
  async createCurrency(@Ctx() ctx: AppContext, @Arg('input') input: CurrencyInput): Promise<CurrencyType> {
    return toCurrencyType(await ctx.services.currencies.create(ctx.workspaceId(), input));
  }

  @Allow(LP.configure)
  @Mutation(() => CurrencyType, {
    description: 'Name, value, spendability and position; key and decimals are fixed.',
  })
  async updateCurrency(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: CurrencyInput,
  ): Promise<CurrencyType> {
    return toCurrencyType(await ctx.services.currencies.update(ctx.workspaceId(), id, input));
  }
}
