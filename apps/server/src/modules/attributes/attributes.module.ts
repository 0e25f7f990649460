import { defineModule } from '@patron/sdk';
import { AttributeResolver } from './attribute.resolver.js';
import { AttributeService } from './attribute.service.js';
import { AttributeDefinitionSchema } from './attribute-definition.entity.js';
import { AttributeGroupSchema } from './attribute-group.entity.js';

declare module '@patron/sdk' {
  interface PatronServices {
    attributes: AttributeService;
  }
}

/** The attribute registry: system and custom attributes of customers, and their groups. */
export const attributesModule = defineModule({
  name: 'attributes',
  needs: ['orm', 'modules', 'log'],
  services: {
    attributes: ({ orm, modules }) =>
      new AttributeService(
        orm,
        modules.flatMap((m) => m.attributes ?? []),
      ),
  },
  entities: [AttributeDefinitionSchema, AttributeGroupSchema],
  resolvers: [AttributeResolver],
  async onStart({ attributes, log }) {
    await attributes.ensureContributed();
    const statistics = await attributes.ensureStatistics();
    if (statistics) log(`created planner statistics for ${statistics} attribute filter(s)`);
  },
});
