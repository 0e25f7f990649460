import type { Actor, HistoryEventTypeDefinition } from '@patron/sdk';

/** Who re-evaluates tiers after a merge. */
export const MERGE_ACTOR: Actor = { kind: 'system', id: null, name: 'Merge' };

/** What merging and unmerging write in both customers' history. */
export const MERGE_HISTORY = {
  /** On the main profile: another profile was merged into it (what moved, in counts). */
  merged: { type: 'CUSTOMER_MERGED', event: 'customer.merged' },
  /** On the merged-away profile: it became a child of the main. */
  mergedInto: { type: 'CUSTOMER_MERGED_INTO', event: 'customer.mergedInto' },
  /** On both: a merge was undone. */
  unmerged: { type: 'CUSTOMER_UNMERGED', event: 'customer.unmerged' },
} as const satisfies Record<string, HistoryEventTypeDefinition>;
