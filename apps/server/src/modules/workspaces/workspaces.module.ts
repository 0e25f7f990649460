import { defineModule } from '@patron/sdk';
import { WorkspaceSchema } from './workspace.entity.js';
import { WorkspaceService } from './workspace.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    workspaces: WorkspaceService;
  }
}

/** A business using Patron: created with its attribute groups, currencies, roles and first admin. */
export const workspacesModule = defineModule({
  name: 'workspaces',
  needs: ['orm', 'attributes', 'currencies', 'auth', 'roles'],
  services: {
    workspaces: ({ orm, attributes, currencies, auth, roles }) =>
      new WorkspaceService(orm, attributes, currencies, auth, roles),
  },
  entities: [WorkspaceSchema],
});
