import { describe, expect, it } from 'vitest';
import { BatchIdentifier, LedgerOperationKind } from '../gql/graphql';
import { enumValues } from './enums';

describe('enum values from codegen', () => {
  it('are every value of the schema enum, the named ones first', () => {
    expect(enumValues(BatchIdentifier, [BatchIdentifier.MOBILE, BatchIdentifier.EMAIL])).toEqual([
      'MOBILE',
      'EMAIL',
      'CARD_NUMBER',
      'CUSTOMER_ID',
    ]);
  });

  it('keep the schema order when no order is asked, and a value the server adds', () => {
    const newer = { ...LedgerOperationKind, TRANSFER: 'TRANSFER' } as Record<string, string>;
    expect(enumValues<string>(newer, ['SPEND'])).toEqual([
      'SPEND',
      'ADJUSTMENT',
      'EARN',
      'EXPIRY',
      'GRANT',
      'RETURN',
      'REVERSAL',
      'TRANSFER',
    ]);
  });
});
