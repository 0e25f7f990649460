import { buildCsv } from '../common/csv';

export interface PrintedBatch {
  number: number;
  currency: string;
  value: number;
  redeemBy?: string | null;
  note: string;
  codes: readonly string[];
}

/** The printer's file: one card a line, its code as printed and what it is worth. */
export function batchCsv(batch: PrintedBatch): { fileName: string; content: string } {
  const redeemBy = batch.redeemBy ? batch.redeemBy.slice(0, 10) : '';
  return {
    fileName: `gift-cards-batch-${batch.number}.csv`,
    content: buildCsv([
      ['code', 'value', 'currency', 'redeem_by', 'note'],
      ...batch.codes.map((code) => [code, batch.value, batch.currency, redeemBy, batch.note]),
    ]),
  };
}
