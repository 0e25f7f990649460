import { Allow, type SendOutcome } from '@patron/sdk';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { badField } from '../../graphql/errors.js';
import type { ChannelAccount } from './channel.service.js';
import {
  ChannelAccountType,
  ChannelProviderType,
  SaveChannelAccountInput,
  SendOutcomeType,
} from './channel.types.js';
import { CHANNELS_MANAGE } from './channel-permissions.js';

const TEST_TEXT_MAX = 2000;
const ADDRESS_MAX = 320;

function toType(ctx: AppContext, a: ChannelAccount): ChannelAccountType {
  const channels = ctx.services.channels;
  return {
    ...a,
    settings: Object.entries(a.settings).map(([key, value]) => ({ key, value })),
    secretsSet: a.secretKeys,
    webhookUrl: channels.receivesReports(a.provider) ? channels.webhookUrl(a.id, a.webhookToken) : null,
  };
}

function toOutcome(o: SendOutcome & { accountId: string }): SendOutcomeType {
  return o.ok
    ? {
        accountId: o.accountId,
        ok: true,
        providerMessageId: o.providerMessageId ?? null,
        retryable: null,
        reason: null,
        detail: null,
      }
    : {
        accountId: o.accountId,
        ok: false,
        providerMessageId: null,
        retryable: o.retryable,
        reason: o.reason,
        detail: o.detail ?? null,
      };
}

@Resolver()
export class ChannelResolver {
  @Allow(CHANNELS_MANAGE)
  @Query(() => [ChannelProviderType], { description: 'Every channel provider the installed modules bring.' })
  channelProviders(@Ctx() ctx: AppContext): ChannelProviderType[] {
    const channels = ctx.services.channels;
    return channels.providers().map((d) => ({
      provider: d.provider,
      kind: d.kind,
      label: d.label,
      consent: d.consent,
      settings: d.settings.map((f) => ({
        ...f,
        secret: f.secret ?? false,
        help: f.help ?? null,
        choices: f.choices ?? null,
        choiceLabels:
          f.choices?.map((value) => ({ value, label: f.choiceLabels?.[value] ?? { en: value } })) ?? null,
      })),
      receivesDeliveryReports: channels.receivesReports(d.provider),
    }));
  }

  @Allow(CHANNELS_MANAGE)
  @Query(() => [ChannelAccountType], { description: "The workspace's channel accounts, by kind and name." })
  async channelAccounts(@Ctx() ctx: AppContext): Promise<ChannelAccountType[]> {
    const accounts = await ctx.services.channels.accounts(ctx.workspaceId());
    return accounts.map((a) => toType(ctx, a));
  }

  @Allow(CHANNELS_MANAGE)
  @Query(() => ChannelAccountType)
  async channelAccount(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<ChannelAccountType> {
    return toType(ctx, await ctx.services.channels.account(ctx.workspaceId(), id));
  }

  @Allow(CHANNELS_MANAGE)
  @Mutation(() => ChannelAccountType, {
    description:
      'Creates or changes an account. Missing required settings are named in extensions.fields; secrets need PATRON_SECRET_KEY (CHANNEL_SECRET_KEY_MISSING).',
  })
  async saveChannelAccount(
    @Ctx() ctx: AppContext,
    @Arg('input') input: SaveChannelAccountInput,
  ): Promise<ChannelAccountType> {
    return toType(ctx, await ctx.services.channels.save(ctx.workspaceId(), ctx.actor(), input));
  }

  @Allow(CHANNELS_MANAGE)
  @Mutation(() => ID)
  async deleteChannelAccount(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.channels.delete(ctx.workspaceId(), ctx.actor(), id);
  }

  @Allow(CHANNELS_MANAGE)
  @Mutation(() => SendOutcomeType, {
    description: "Sends a message through the account now and answers with the provider's outcome.",
  })
  async sendTestMessage(
    @Ctx() ctx: AppContext,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('to') to: string,
    @Arg('text') text: string,
  ): Promise<SendOutcomeType> {
    if (!to.trim()) throw badField(['to'], 'REQUIRED');
    if (to.length > ADDRESS_MAX) throw badField(['to'], 'TOO_LONG', { max: ADDRESS_MAX });
    if (!text.trim()) throw badField(['text'], 'REQUIRED');
    if (text.length > TEST_TEXT_MAX) throw badField(['text'], 'TOO_LONG', { max: TEST_TEXT_MAX });
    const outcome = await ctx.services.channels.sendTest(ctx.workspaceId(), ctx.actor(), accountId, to, text);
    return toOutcome(outcome);
  }
}
