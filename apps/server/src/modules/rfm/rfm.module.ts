import { type CustomerFieldContribution, defineModule } from '@patron/sdk';
import { CustomerRfmResolver, RfmResolver } from './rfm.resolver.js';
import { RFM_SEGMENT_TABLE } from './rfm-segments.js';

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
  resolvers: [CustomerRfmResolver, RfmResolver],
  customerFields: rfmFields,
});
