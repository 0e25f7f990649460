import { LedgerOperationKind } from '../gql/graphql';

/** An expiry or a reversal cannot be reversed; every other kind can, once. */
const REVERSIBLE: ReadonlySet<LedgerOperationKind> = new Set(
  Object.values(LedgerOperationKind).filter(
    (kind) => kind !== LedgerOperationKind.EXPIRY && kind !== LedgerOperationKind.REVERSAL,
  ),
);

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
      ...(o.kind === LedgerOperationKind.REVERSAL && o.reversesId ? [o.reversesId] : []),
    ]),
  );
}

export function canReverse(operation: Operation, reversed: ReadonlySet<string>): boolean {
  return REVERSIBLE.has(operation.kind) && !reversed.has(operation.id);
}
