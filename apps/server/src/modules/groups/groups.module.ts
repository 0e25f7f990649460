import { defineModule } from '@patron/sdk';
import { CustomerGroupSchema } from './group.entity.js';
import { CustomerGroupsResolver, GroupResolver } from './group.resolver.js';
import { GroupService } from './group.service.js';
import { groupFields } from './group-fields.js';
import { GROUPS_CHANGED } from './group-history.js';

declare module '@patron/sdk' {
  interface PatronServices {
    groups: GroupService;
  }
}

/** Manual groups of customers, by ids or by any customer query. */
export const groupsModule = defineModule({
  name: 'groups',
  needs: ['orm', 'customerSearch', 'events'],
  services: {
    groups: ({ orm, customerSearch, events }) => new GroupService(orm, customerSearch, () => events.kick()),
  },
  entities: [CustomerGroupSchema],
  resolvers: [GroupResolver, CustomerGroupsResolver],
  historyEventTypes: [GROUPS_CHANGED],
  customerFieldSources: [async (workspaceId, { groups }) => groupFields(await groups.list(workspaceId))],
});
