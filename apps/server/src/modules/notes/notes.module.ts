import { defineModule } from '@patron/sdk';
import { Migration20261205000030_notes } from './Migration20261205000030_notes.js';
import { NoteResolver } from './note.resolver.js';
import { NoteService } from './note.service.js';
import { NOTE_HISTORY } from './note-history.js';
import { notePermissions } from './note-permissions.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** Notes on customers' cards; mentions reach the mentioned person's bell. */
    notes: NoteService;
  }
}

/** Audit event types this module writes: a note deleted (its text is not kept). */
export const NOTE_AUDIT_TYPES = ['NOTE_DELETED'] as const;

/** Notes staff write on a customer's card, pinned or not, mentioning colleagues. */
export const notesModule = defineModule({
  name: 'notes',
  auditEventTypes: NOTE_AUDIT_TYPES,
  needs: ['sql', 'notifications', 'audit', 'events', 'erasure'],
  services: {
    notes: ({ sql, notifications, audit, events }) =>
      new NoteService(sql, notifications, audit, () => events.kick()),
  },
  resolvers: [NoteResolver],
  permissions: notePermissions,
  historyEventTypes: Object.values(NOTE_HISTORY),
  migrations: [{ name: 'Migration20261205000030_notes', class: Migration20261205000030_notes }],
  // Notes are about the person: an erased customer keeps none.
  onStart: async ({ erasure }) => {
    erasure.onErase('notes', async (run, workspaceId, customerIds) => {
      await run('delete from customer_note where workspace_id = ? and customer_id = any(?::uuid[])', [
        workspaceId,
        customerIds,
      ]);
    });
  },
});
