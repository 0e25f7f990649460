import { defineModule } from '@patron/sdk';
import { SegmentSchema } from './segment.entity.js';
import { SegmentResolver } from './segment.resolver.js';
import { SegmentService } from './segment.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    segments: SegmentService;
  }
}

/** Saved searches and filters, private to their owner or shared with the workspace. */
export const segmentsModule = defineModule({
  name: 'segments',
  needs: ['orm', 'customerSearch'],
  services: {
    segments: (services) => new SegmentService(services.orm, () => services.customerSearch),
  },
  entities: [SegmentSchema],
  resolvers: [SegmentResolver],
});
