import { Allow } from '@patron/sdk';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import type { ApiKeyRow } from './api-key.service.js';
import {
  ApiKeyPermission,
  ApiKeyStatusEnum,
  ApiKeyType,
  CreateApiKeyInput,
  CreatedApiKey,
} from './api-key.types.js';
import { AKP } from './api-key-permissions.js';

function toApiKeyType(k: ApiKeyRow): ApiKeyType {
  const status = k.revokedAt
    ? ApiKeyStatusEnum.REVOKED
    : k.expiresAt && k.expiresAt.getTime() <= Date.now()
      ? ApiKeyStatusEnum.EXPIRED
      : ApiKeyStatusEnum.ACTIVE;
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    permissions: k.permissions,
    requestsPerMinute: k.requestsPerMinute,
    status,
    createdAt: k.createdAt,
    createdBy: k.createdByName,
    expiresAt: k.expiresAt,
    lastUsedAt: k.lastUsedAt,
    revokedAt: k.revokedAt,
    revokedBy: k.revokedByName,
  };
}

/** Key management: people only (apiKeys.manage is people-only, so a key is refused here). */
@Resolver()
export class ApiKeyResolver {
  @Allow(AKP.manage)
  @Query(() => [ApiKeyType], { description: 'Every key of the workspace, revoked ones too, newest first.' })
  async apiKeys(@Ctx() ctx: AppContext): Promise<ApiKeyType[]> {
    return (await ctx.services.apiKeys.list(ctx.workspaceId())).map(toApiKeyType);
  }

  @Allow(AKP.manage)
  @Query(() => [ApiKeyPermission], { description: 'The permissions a key may hold.' })
  apiKeyPermissions(@Ctx() ctx: AppContext): ApiKeyPermission[] {
    return ctx.services.apiKeys.grantable().map((p) => ({ name: p.name, description: p.description }));
  }

  @Allow(AKP.manage)
  @Mutation(() => CreatedApiKey, { description: 'Creates a key; its secret is in this answer only.' })
  async createApiKey(@Ctx() ctx: AppContext, @Arg('input') input: CreateApiKeyInput): Promise<CreatedApiKey> {
    const { key, secret } = await ctx.services.apiKeys.create(ctx.workspaceId(), ctx.actor(), input);
    return { key: toApiKeyType(key), secret };
  }

  @Allow(AKP.manage)
  @Mutation(() => ApiKeyType, { description: 'Revokes a key at once; revoking it again changes nothing.' })
  async revokeApiKey(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<ApiKeyType> {
    return toApiKeyType(await ctx.services.apiKeys.revoke(ctx.workspaceId(), ctx.actor(), id));
  }
}
