import { defineModule } from '@patron/sdk';
import { OutboxEventSchema } from '../events/outbox-event.entity.js';
import { CustomerHistoryResolver } from './history.resolver.js';
import { HistoryService } from './history.service.js';
import { HistoryEventSchema } from './history-event.entity.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** The one way history is written (with its outbox row) and read. */
    history: HistoryService;
  }
}

/** Every customer's history; each module declares the event types it writes (historyEventTypes). */
export const historyModule = defineModule({
  name: 'history',
  needs: ['orm'],
  services: {
    history: ({ orm }) => new HistoryService(orm),
  },
  entities: [HistoryEventSchema, OutboxEventSchema],
  resolvers: [CustomerHistoryResolver],
});
