import { defineModule } from '@patron/sdk';
import { Migration20261205000012_segment_sharing } from './Migration20261205000012_segment_sharing.js';
import { SegmentSchema } from './segment.entity.js';
import { SegmentResolver } from './segment.resolver.js';
import { SegmentService } from './segment.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    segments: SegmentService;
  }
}

/** Audit event types this module writes. */
export const SEGMENT_AUDIT_TYPES = ['SEGMENT_SHARING_CHANGED'] as const;

/** Saved searches and filters, private to their owner or shared with the workspace or chosen roles. */
export const segmentsModule = defineModule({
  name: 'segments',
  auditEventTypes: SEGMENT_AUDIT_TYPES,
  needs: ['orm', 'customerSearch', 'roles', 'audit'],
  services: {
    segments: (services) =>
      new SegmentService(services.orm, () => services.customerSearch, services.roles, services.audit),
  },
  entities: [SegmentSchema],
  resolvers: [SegmentResolver],
  migrations: [
    { name: 'Migration20261205000012_segment_sharing', class: Migration20261205000012_segment_sharing },
  ],
});
