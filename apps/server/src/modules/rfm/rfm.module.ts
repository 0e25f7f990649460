import { type CustomerFieldContribution, defineModule } from '@patron/sdk';
import { CustomerRfmResolver, RfmResolver } from './rfm.resolver.js';
import { RfmService } from './rfm.service.js';
import { RFM_CHANGED } from './rfm-history.js';
import { rfmIntervalMs } from './rfm-interval.js';
import { RFM_SEGMENT_TABLE } from './rfm-segments.js';

declare module '@patron/sdk' {
  interface PatronServices {
    rfm: RfmService;
  }
}

const HOUR = 3_600_000;

const column = (name: string) =>
  `(select x.${name} from customer_rfm x where x.workspace_id = c.workspace_id and x.customer_id = c.id)`;

/** Filter fields and list columns: the segment and the three scores (none for a customer without purchases). */
export const rfmFields: CustomerFieldContribution[] = [
  {
    key: 'rfm_segment',
    kind: 'choice',
    label: { en: 'RFM segment', ru: 'RFM-сегмент', fa: 'بخش RFM' },
    sql: column('segment'),
    sortable: true,
    choices: RFM_SEGMENT_TABLE.map((s) => ({ value: s.segment, label: { ...s.label } })),
  },
  {
    key: 'rfm_r',
    kind: 'number',
    label: { en: 'RFM recency score', ru: 'RFM: давность', fa: 'RFM: تازگی' },
    sql: column('r'),
    sortable: true,
  },
  {
    key: 'rfm_f',
    kind: 'number',
    label: { en: 'RFM frequency score', ru: 'RFM: частота', fa: 'RFM: تکرار' },
    sql: column('f'),
    sortable: true,
  },
  {
    key: 'rfm_m',
    kind: 'number',
    label: { en: 'RFM monetary score', ru: 'RFM: сумма', fa: 'RFM: مبلغ' },
    sql: column('m'),
    sortable: true,
  },
];

export const rfmModule = defineModule({
  name: 'rfm',
  needs: ['orm', 'log'],
  services: {
    rfm: ({ orm }) => new RfmService(orm),
  },
  resolvers: [CustomerRfmResolver, RfmResolver],
  customerFields: rfmFields,
  historyEventTypes: [RFM_CHANGED],
  jobs: [
    {
      // Looks every hour (and at start) for workspaces whose last run is a whole interval old, so a
      // restart does not recompute everything again and a new workspace's first run waits at most an hour.
      name: 'rfm.recompute',
      everyMs: () => Math.min(HOUR, rfmIntervalMs()),
      async step({ rfm, log }) {
        for (const workspaceId of await rfm.due(rfmIntervalMs())) {
          const run = await rfm.recompute(workspaceId);
          log(
            `rfm: workspace ${workspaceId}: ${run.customersScored} scored, ${run.segmentsChanged} segment change(s) in ${run.durationMs} ms`,
          );
        }
        return false;
      },
    },
  ],
});
