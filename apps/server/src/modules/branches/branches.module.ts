import { defineModule } from '@patron/sdk';
import { BranchResolver, PurchaseBranchResolver, StaffBranchResolver } from './branch.resolver.js';
import { BranchService } from './branch.service.js';
import { branchPermissions } from './branch-permissions.js';
import { Migration20261207000001_branches } from './Migration20261207000001_branches.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** The workspace's branches and the branch each staff member is bound to. */
    branches: BranchService;
  }
}

/** Branches: where purchases are recorded, and the branch a staff member records them at. */
export const branchesModule = defineModule({
  name: 'branches',
  needs: ['sql'],
  services: {
    branches: ({ sql }) => new BranchService(sql),
  },
  resolvers: [BranchResolver, StaffBranchResolver, PurchaseBranchResolver],
  permissions: branchPermissions,
  migrations: [{ name: 'Migration20261207000001_branches', class: Migration20261207000001_branches }],
});
