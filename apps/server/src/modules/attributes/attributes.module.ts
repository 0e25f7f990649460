import { defineModule } from '@patron/sdk';
import { AttributeResolver } from './attribute.resolver.js';
import { AttributeService } from './attribute.service.js';
import { AttributeDefinitionSchema } from './attribute-definition.entity.js';
import { offeredFormats } from './attribute-formats.js';
import { AttributeGroupSchema } from './attribute-group.entity.js';
import { Migration20261208090000_attribute_format } from './Migration20261208090000_attribute_format.js';
import { VALUES_REPORT_JOB, type ValuesReportPayload, ValuesReportService } from './values-report.js';

declare module '@patron/sdk' {
  interface PatronServices {
    attributes: AttributeService;
    /** Every stored value a format refuses or rewrites, as a file for whoever asked. */
    valuesReports: ValuesReportService;
  }
}

/** Audit event types this module writes: the values report, customers' names and values in a file. */
export const ATTRIBUTE_AUDIT_TYPES = ['ATTRIBUTE_VALUES_EXPORTED'] as const;

/** The attribute registry: system and custom attributes of customers, their groups and the formats modules add. */
export const attributesModule = defineModule({
  name: 'attributes',
  auditEventTypes: ATTRIBUTE_AUDIT_TYPES,
  needs: ['orm', 'modules', 'log', 'sql', 'files', 'notifications', 'jobs', 'audit'],
  services: {
    attributes: ({ orm, modules, sql }) =>
      new AttributeService(
        orm,
        sql,
        modules.flatMap((m) => m.attributes ?? []),
        offeredFormats(modules),
      ),
    valuesReports: ({ attributes, sql, files, notifications, audit, jobs }) =>
      new ValuesReportService(attributes, sql, files, notifications, audit, (payload) =>
        // One run per request; the same request twice while the first still waits joins it.
        jobs.enqueue(VALUES_REPORT_JOB, payload, {
          key: `${payload.staffId}:${payload.attributeId}:${payload.format}`,
        }),
      ),
  },
  jobs: [
    {
      name: VALUES_REPORT_JOB,
      everyMs: 0,
      // A retry walks again from the start; a run that keeps failing tells the admins' bells.
      retryLimit: 2,
      async step({ valuesReports }, payload, run) {
        if (run) await valuesReports.run(payload as ValuesReportPayload, run);
        return false;
      },
    },
  ],
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
