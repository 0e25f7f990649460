import { defineModule } from '@patron/sdk';
import { ApiKeyResolver } from './api-key.resolver.js';
import { ApiKeyService } from './api-key.service.js';
import { apiKeyPermissions } from './api-key-permissions.js';
import { Migration20261205000003_api_keys } from './Migration20261205000003_api_keys.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** Partner apps' API keys: managing them, and checking the key of every request that has one. */
    apiKeys: ApiKeyService;
  }
}

/** Audit event types this module writes. */
export const API_KEY_AUDIT_TYPES = ['API_KEY_CREATED', 'API_KEY_REVOKED'] as const;

export const apiKeysModule = defineModule({
  name: 'api-keys',
  auditEventTypes: API_KEY_AUDIT_TYPES,
  needs: ['orm', 'audit', 'modules'],
  services: {
    apiKeys: ({ orm, audit, modules }) => new ApiKeyService(orm, audit, modules),
  },
  resolvers: [ApiKeyResolver],
  permissions: apiKeyPermissions,
  migrations: [{ name: 'Migration20261205000003_api_keys', class: Migration20261205000003_api_keys }],
});
