import type { CustomerFieldContribution } from '@patron/sdk';
import type { Currency } from '../currencies/currency.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A filter field and column per currency: `balance_<key>`, in units. A customer without a balance
 * row has zero. The currency id is a uuid from the database, checked before it enters SQL text.
 */
export function balanceFields(currencies: readonly Currency[]): CustomerFieldContribution[] {
  return currencies.map((c) => {
    if (!UUID.test(c.id)) throw new Error(`Not a currency id: ${c.id}`);
    const expr = `(coalesce((select b.amount from balance b where b.workspace_id = c.workspace_id and b.customer_id = c.id and b.currency_id = '${c.id}'), 0) / ${10 ** c.decimals}::numeric)`;
    return {
      key: `balance_${c.key}`,
      kind: 'number',
      label: {
        en: `Balance: ${c.name.en ?? c.key}`,
        ru: `Баланс: ${c.name.ru ?? c.name.en ?? c.key}`,
        fa: `موجودی: ${c.name.fa ?? c.name.en ?? c.key}`,
      },
      sql: expr,
      sortable: true,
      decimals: c.decimals,
    };
  });
}
