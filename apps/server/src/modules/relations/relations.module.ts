import { defineModule } from '@patron/sdk';
import { Migration20261205000033_relations } from './Migration20261205000033_relations.js';
import { CustomerRelationsResolver, RelationTypeResolver } from './relation.resolver.js';
import { RelationService } from './relation.service.js';
import { RELATION_HISTORY } from './relation-history.js';
import { relationPermissions } from './relation-permissions.js';

declare module '@patron/sdk' {
  interface PatronServices {
    relations: RelationService;
  }
}

/** Typed links between customers (family, colleague, friend, business partner and a workspace's own). */
export const relationsModule = defineModule({
  name: 'relations',
  needs: ['sql', 'events'],
  services: {
    relations: ({ sql, events }) => new RelationService(sql, () => events.kick()),
  },
  resolvers: [RelationTypeResolver, CustomerRelationsResolver],
  permissions: relationPermissions,
  historyEventTypes: Object.values(RELATION_HISTORY),
  migrations: [{ name: 'Migration20261205000033_relations', class: Migration20261205000033_relations }],
});
