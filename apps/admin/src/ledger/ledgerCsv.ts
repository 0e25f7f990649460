import type { Cell } from '../common/csv';
import type { LedgerOperationKind } from '../gql/graphql';
import type { LedgerOperation } from './ledgerPages';

/** The export's columns; the header texts are the table's, plus the exact time and ids for other systems. */
export const CSV_COLUMNS = [
  'date',
  'time',
  'kind',
  'currency',
  'amount',
  'balanceAfter',
  'expiresAt',
  'reason',
  'comment',
  'actor',
  'id',
  'reversesId',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** How the export words things: in the user's language and calendar. */
export interface CsvWording {
  header(column: CsvColumn): string;
  kind(kind: LedgerOperationKind): string;
  currency(key: string): string;
  date(iso: string): string;
  actor(operation: LedgerOperation): string;
}

/**
 * The header and one row per operation. Dates in the user's calendar beside the exact UTC time;
 * amounts as plain numbers (Latin digits, "." point) so a spreadsheet can add them up.
 */
export function ledgerCsvRows(operations: readonly LedgerOperation[], w: CsvWording): Cell[][] {
  return [
    CSV_COLUMNS.map((c) => w.header(c)),
    ...operations.map((op) => [
      w.date(op.createdAt),
      op.createdAt,
      w.kind(op.kind),
      w.currency(op.currency),
      op.amount,
      op.balanceAfter,
      op.expiresAt ? w.date(op.expiresAt) : '',
      op.reason,
      op.comment,
      w.actor(op),
      op.id,
      op.reversesId ?? '',
    ]),
  ];
}

/** "ledger-Zahra Ahmadi-2026-11-23.csv": no characters a file system refuses. */
export function csvFileName(customerName: string, today: Date): string {
  const name = customerName.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').trim() || 'customer';
  return `ledger-${name}-${today.toISOString().slice(0, 10)}.csv`;
}
