/** The Notes tab's texts, its history events, its bell and its permission (merged by i18n/familyMessages.ts). */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  patron: {
    notes: {
      tab: 'Notes',
      body: 'New note',
      placeholder: 'Write a note; type @ to mention a colleague',
      length: '%{count} / %{max} characters',
      mention: 'Mention a colleague',
      add: 'Add note',
      edited: 'edited',
      pinned: 'Pinned',
      pin: 'Pin to the top',
      unpin: 'Unpin',
      deleteTitle: 'Delete note',
      deleteConfirm: 'Delete this note? It cannot be brought back.',
      none: 'No notes yet',
      loadMore: 'Show more notes',
    },
    history: {
      types: { NOTE_ADDED: 'Note added', NOTE_EDITED: 'Note edited', NOTE_DELETED: 'Note deleted' },
    },
    notifications: { kinds: { 'note.mention': '%{by} mentioned you in a note on %{customer}' } },
    roleAdmin: {
      areas: { notes: 'Notes' },
      permission: { notes_write: "Write, edit and delete one's own notes on customers, and pin notes" },
    },
  },
};
