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

/** Audit event types this module writes; the subject of each is the branch's code. */
export const BRANCH_AUDIT_TYPES = [
  'BRANCH_CREATED',
  'BRANCH_UPDATED',
  'BRANCH_DEACTIVATED',
  'BRANCH_REACTIVATED',
  'BRANCH_DELETED',
] as const;

/** Branches: where purchases are recorded, and the branch a staff member records them at. */
export const branchesModule = defineModule({
  name: 'branches',
  auditEventTypes: BRANCH_AUDIT_TYPES,
  needs: ['sql', 'audit'],
  services: {
    branches: ({ sql, audit }) => new BranchService(sql, audit),
  },
  resolvers: [BranchResolver, StaffBranchResolver, PurchaseBranchResolver],
  permissions: branchPermissions,
  migrations: [{ name: 'Migration20261207000001_branches', class: Migration20261207000001_branches }],
});
