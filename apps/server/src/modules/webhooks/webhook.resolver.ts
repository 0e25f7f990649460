import { Allow } from '@patron/sdk';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { badField, refusal } from '../../graphql/errors.js';
import { pageInfoOf } from '../../graphql/page-info.js';
import {
  WebhookDeliveryConnection,
  WebhookDeliveryType,
  WebhookInput,
  WebhookType,
  WebhookWithSecretType,
} from './webhook.types.js';
import type { WebhookDelivery } from './webhook-deliveries.js';
import { ALL_EVENTS, WEBHOOK_EVENT_TYPES } from './webhook-events.js';
import { WP } from './webhook-permissions.js';

const PAGE_MAX = 200;

/** Per request: each webhook's newest delivery, read once however many webhooks are listed. */
const latestByRequest = new WeakMap<AppContext, Promise<Map<string, WebhookDelivery>>>();

const asType = (d: WebhookDelivery) => d as unknown as WebhookDeliveryType;

@Resolver(() => WebhookType)
export class WebhookResolver {
  @Allow(WP.manage)
  @Query(() => [String], {
    description: `The event types a webhook may take ("${ALL_EVENTS}": all of them).`,
  })
  webhookEventTypes(): string[] {
    return WEBHOOK_EVENT_TYPES;
  }

  @Allow(WP.manage)
  @Query(() => [WebhookType], { description: 'The workspace’s webhooks, by name.' })
  async webhooks(@Ctx() ctx: AppContext): Promise<WebhookType[]> {
    return ctx.services.webhooks.list(ctx.workspaceId());
  }

  @Allow(WP.manage)
  @Query(() => WebhookType, { nullable: true, description: 'Null when the workspace has no such webhook.' })
  async webhook(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<WebhookType | null> {
    return ctx.services.webhooks.get(ctx.workspaceId(), id);
  }

  @FieldResolver(() => WebhookDeliveryType, { nullable: true, description: 'The newest delivery.' })
  async lastDelivery(
    @Ctx() ctx: AppContext,
    @Root() webhook: WebhookType,
  ): Promise<WebhookDeliveryType | null> {
    let latest = latestByRequest.get(ctx);
    if (!latest) {
      latest = ctx.services.webhookDeliveries.latest(ctx.workspaceId());
      latestByRequest.set(ctx, latest);
    }
    const found = (await latest).get(webhook.id);
    return found ? asType(found) : null;
  }

  @Allow(WP.manage)
  @Query(() => WebhookDeliveryConnection, { description: 'A webhook’s deliveries, newest first.' })
  async webhookDeliveries(
    @Ctx() ctx: AppContext,
    @Arg('webhookId', () => ID) webhookId: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<WebhookDeliveryConnection> {
    if (first < 1 || first > PAGE_MAX) throw badField(['first'], 'PAGE_SIZE', { max: PAGE_MAX });
    if (!(await ctx.services.webhooks.get(ctx.workspaceId(), webhookId))) throw refusal('WEBHOOK_NOT_FOUND');
    const page = await ctx.services.webhookDeliveries.page(ctx.workspaceId(), webhookId, first, after);
    const edges = page.deliveries.map((d) => ({ cursor: d.id, node: asType(d) }));
    return { edges, pageInfo: pageInfoOf(edges, page.hasNextPage, after) };
  }

  @Allow(WP.manage)
  @Mutation(() => WebhookWithSecretType, {
    description:
      'The secret is made by the server and shown this once (WEBHOOK_SECRET_KEY_MISSING without PATRON_SECRET_KEY).',
  })
  async createWebhook(
    @Ctx() ctx: AppContext,
    @Arg('input') input: WebhookInput,
  ): Promise<WebhookWithSecretType> {
    return ctx.services.webhooks.create(ctx.actor(), ctx.workspaceId(), input);
  }

  @Allow(WP.manage)
  @Mutation(() => WebhookType, { description: 'Disabling cancels the pending deliveries.' })
  async updateWebhook(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: WebhookInput,
  ): Promise<WebhookType> {
    return ctx.services.webhooks.update(ctx.actor(), ctx.workspaceId(), id, input);
  }

  @Allow(WP.manage)
  @Mutation(() => ID, { description: 'Deletes the webhook and its deliveries.' })
  async deleteWebhook(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.webhooks.delete(ctx.actor(), ctx.workspaceId(), id);
  }

  @Allow(WP.manage)
  @Mutation(() => WebhookWithSecretType, { description: 'A new secret, shown this once; the old one stops.' })
  async rotateWebhookSecret(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
  ): Promise<WebhookWithSecretType> {
    return ctx.services.webhooks.rotateSecret(ctx.actor(), ctx.workspaceId(), id);
  }

  @Allow(WP.manage)
  @Mutation(() => WebhookDeliveryType, { description: 'Sends a `ping` event now.' })
  async sendTestWebhook(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID) id: string,
  ): Promise<WebhookDeliveryType> {
    return asType(await ctx.services.webhookDeliveries.sendTest(ctx.actor(), ctx.workspaceId(), id));
  }

  @Allow(WP.manage)
  @Mutation(() => WebhookDeliveryType, {
    description: 'Sends a delivery again now, with fresh retries; same Patron-Delivery id.',
  })
  async redeliverWebhook(
    @Ctx() ctx: AppContext,
    @Arg('deliveryId', () => ID) deliveryId: string,
  ): Promise<WebhookDeliveryType> {
    return asType(await ctx.services.webhookDeliveries.redeliver(ctx.workspaceId(), deliveryId));
  }
}
