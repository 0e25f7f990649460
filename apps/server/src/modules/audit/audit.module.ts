import { defineModule } from '@patron/sdk';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';
import { Migration20261205000000_audit } from './Migration20261205000000_audit.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** The workspace's audit log: staff, roles, keys and sign-in lockouts. */
    audit: AuditService;
  }
}

export const auditModule = defineModule({
  name: 'audit',
  needs: ['orm', 'modules'],
  services: {
    audit: ({ orm, modules }) => new AuditService(orm, modules),
  },
  resolvers: [AuditResolver],
  migrations: [{ name: 'Migration20261205000000_audit', class: Migration20261205000000_audit }],
});
