import { defineModule } from '@patron/sdk';
import { WorkspaceSchema } from './workspace.entity.js';
import { WorkspaceService } from './workspace.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    workspaces: WorkspaceService;
  }
}

/** A business using Patron: created with its attribute groups, currencies and first admin. */
export const workspacesModule = defineModule({
  name: 'workspaces',
  needs: ['orm', 'attributes', 'currencies', 'auth'],
  services: {
    workspaces: ({ orm, attributes, currencies, auth }) =>
      new WorkspaceService(orm, attributes, currencies, auth),
  },
  entities: [WorkspaceSchema],
});
