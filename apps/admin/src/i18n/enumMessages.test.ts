import { describe, expect, it } from 'vitest';
import {
  AttributeType,
  BatchIdentifier,
  BulkActionKind,
  BulkJobStatus,
  CalendarSystem,
  CustomerStatus,
  DowngradePolicy,
  FilterGroupOp,
  FilterOperator,
  HistoryEventType,
  ImportFormat,
  ImportKind,
  ImportMatchOn,
  ImportMode,
  ImportRowOutcome,
  ImportState,
  LedgerOperationKind,
  PaymentStatus,
  RfmSegment,
} from '../gql/graphql';
import { CATALOGS } from './catalogs';
import { LOCALES } from './locales';

/** Where the screens look up the words for a schema enum's values. */
const WORDED: [string, Record<string, string>][] = [
  ['patron.attributes.types', AttributeType],
  ['patron.balanceBatches.identifiers', BatchIdentifier],
  ['patron.bulk.actions', BulkActionKind],
  ['patron.bulk.status', BulkJobStatus],
  ['patron.calendar', CalendarSystem],
  ['patron.status', CustomerStatus],
  ['patron.tiers.policy', DowngradePolicy],
  ['patron.filter.joiner', FilterGroupOp],
  ['patron.filter.operators', FilterOperator],
  ['patron.history.types', HistoryEventType],
  ['patron.imports.formats', ImportFormat],
  ['patron.imports.kinds', ImportKind],
  ['patron.imports.matchOnValues', ImportMatchOn],
  ['patron.imports.modes', ImportMode],
  ['patron.imports.outcomes', ImportRowOutcome],
  ['patron.imports.states', ImportState],
  ['patron.loyalty.kinds', LedgerOperationKind],
  ['patron.purchases.status', PaymentStatus],
  ['patron.rfm.segments', RfmSegment],
];

const at = (tree: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe('the words for schema enums', () => {
  it.each(WORDED)('%s names every value the schema has, in every language', (prefix, values) => {
    for (const locale of LOCALES) {
      const missing = Object.values(values).filter(
        (v) => typeof at(CATALOGS[locale], `${prefix}.${v}`) !== 'string',
      );
      expect({ locale, missing }).toEqual({ locale, missing: [] });
    }
  });
});
