import { defineModule } from '@patron/sdk';
import { CustomerGroupSchema } from './group.entity.js';
import { CustomerGroupsResolver, GroupResolver } from './group.resolver.js';

/** Manual groups (G8); the `groups` customer field is a per-workspace field source wired in app.ts. */
export const groupsModule = defineModule({
  name: 'groups',
  entities: [CustomerGroupSchema],
  resolvers: [GroupResolver, CustomerGroupsResolver],
});
