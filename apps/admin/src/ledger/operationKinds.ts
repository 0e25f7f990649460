import type { LedgerOperationKind } from '../gql/graphql';

/** Every kind, in the order the UI lists them. */
export const OPERATION_KINDS: readonly LedgerOperationKind[] = [
  'ADJUSTMENT',
  'GRANT',
  'EARN',
  'SPEND',
  'RETURN',
  'EXPIRY',
  'REVERSAL',
];

/** An expiry or a reversal cannot be reversed; everything else can, once. */
const REVERSIBLE = new Set<LedgerOperationKind>(['ADJUSTMENT', 'GRANT', 'EARN', 'SPEND', 'RETURN']);

interface Operation {
  id: string;
  kind: LedgerOperationKind;
  reversesId?: string | null;
  reversedById?: string | null;
}

/** Ids of the operations already reversed: as the server says, or as a reversal among these shows. */
export function reversedIds(operations: readonly Operation[]): Set<string> {
  return new Set(
    operations.flatMap((o) => [
      ...(o.reversedById ? [o.id] : []),
      ...(o.kind === 'REVERSAL' && o.reversesId ? [o.reversesId] : []),
    ]),
  );
}

export function canReverse(operation: Operation, reversed: ReadonlySet<string>): boolean {
  return REVERSIBLE.has(operation.kind) && !reversed.has(operation.id);
}
