import { defineModule } from '@patron/sdk';
import { AttributeResolver } from './attribute.resolver.js';
import { AttributeService } from './attribute.service.js';
import { AttributeDefinitionSchema } from './attribute-definition.entity.js';
import { offeredFormats } from './attribute-formats.js';
import { AttributeGroupSchema } from './attribute-group.entity.js';
import { Migration20261208090000_attribute_format } from './Migration20261208090000_attribute_format.js';

declare module '@patron/sdk' {
  interface PatronServices {
    attributes: AttributeService;
  }
}

/** The attribute registry: system and custom attributes of customers, their groups and the formats modules add. */
export const attributesModule = defineModule({
  name: 'attributes',
  needs: ['orm', 'modules', 'log', 'sql'],
  services: {
    attributes: ({ orm, modules, sql }) =>
      new AttributeService(
        orm,
        sql,
        modules.flatMap((m) => m.attributes ?? []),
        offeredFormats(modules),
      ),
  },
  entities: [AttributeDefinitionSchema, AttributeGroupSchema],
  resolvers: [AttributeResolver],
  migrations: [
    { name: 'Migration20261208090000_attribute_format', class: Migration20261208090000_attribute_format },
  ],
  async onStart({ attributes, log }) {
    await attributes.ensureContributed();
    const statistics = await attributes.ensureStatistics();
    if (statistics) log(`created planner statistics for ${statistics} attribute filter(s)`);
  },
});
