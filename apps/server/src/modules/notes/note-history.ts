import type { HistoryEventTypeDefinition } from '@patron/sdk';

/** A note in the customer's history: only its id, never its text (the note itself may be deleted or erased). */
export const NOTE_HISTORY = {
  added: { type: 'NOTE_ADDED', event: 'customer.noteAdded' },
  edited: { type: 'NOTE_EDITED', event: 'customer.noteEdited' },
  deleted: { type: 'NOTE_DELETED', event: 'customer.noteDeleted' },
} as const satisfies Record<string, HistoryEventTypeDefinition>;
