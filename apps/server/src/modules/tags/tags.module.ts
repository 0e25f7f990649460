import { defineModule } from '@patron/sdk';
import { TagSchema } from './tag.entity.js';
import { CustomerTagsResolver, TagResolver } from './tag.resolver.js';
import { TagService } from './tag.service.js';

declare module '@patron/sdk' {
  interface PatronServices {
    tags: TagService;
  }
}

/** Tags: coloured labels on customers. */
export const tagsModule = defineModule({
  name: 'tags',
  needs: ['orm', 'history', 'events'],
  services: {
    tags: ({ orm, history, events }) => new TagService(orm, history, () => events.kick()),
  },
  entities: [TagSchema],
  resolvers: [TagResolver, CustomerTagsResolver],
});
