import { Allow } from '@patron/sdk';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { LocaleEnum } from '../auth/auth.types.js';
import { P } from '../auth/core-permissions.js';
import { CardTabContentType, CustomerCardTabType } from './card-tab.types.js';

const held = (ctx: AppContext) => ctx.principal?.permissions ?? new Set<string>();

@Resolver()
export class CardTabResolver {
  @Allow(P.customersRead)
  @Query(() => [CustomerCardTabType], {
    description:
      "The tabs modules add to this customer's card that the caller may see (each tab's permission), in order.",
  })
  customerCardTabs(
    @Ctx() ctx: AppContext,
    @Arg('customerId', () => ID) customerId: string,
  ): Promise<CustomerCardTabType[]> {
    return ctx.services.cardTabs.visible(ctx.workspaceId(), customerId, held(ctx));
  }

  @Allow(P.customersRead)
  @Query(() => CardTabContentType, {
    description:
      "One card tab's content for the customer, made by its module when asked. CARD_TAB_FAILED when the " +
      'module fails or takes over 5 s, CARD_TAB_CONTENT_INVALID when its content cannot be shown.',
  })
  async customerCardTab(
    @Ctx() ctx: AppContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('key') key: string,
    @Arg('language', () => LocaleEnum, {
      nullable: true,
      description:
        "The language of text the module words itself; left out: the staff member's, else English.",
    })
    language: LocaleEnum | null,
  ): Promise<CardTabContentType> {
    const chosen = language ?? ctx.staffRow?.locale ?? LocaleEnum.EN;
    const content = await ctx.services.cardTabs.content(
      ctx.workspaceId(),
      customerId,
      key,
      held(ctx),
      chosen.toLowerCase() as 'en' | 'ru' | 'fa',
    );
    return { key, ...content } as CardTabContentType;
  }
}
