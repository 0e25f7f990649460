/** Russian for messages.ts (same keys; loaded when the language is first used). */
export const ru = {
  patron: {
    notes: {
      tab: 'Заметки',
      body: 'Новая заметка',
      placeholder: 'Напишите заметку; введите @, чтобы упомянуть коллегу',
      length: '%{count} / %{max} символов',
      mention: 'Упомянуть коллегу',
      add: 'Добавить заметку',
      edited: 'изменено',
      pinned: 'Закреплено',
      pin: 'Закрепить сверху',
      unpin: 'Открепить',
      deleteTitle: 'Удаление заметки',
      deleteConfirm: 'Удалить эту заметку? Вернуть её будет нельзя.',
      none: 'Заметок пока нет',
      loadMore: 'Показать ещё заметки',
    },
    history: {
      types: {
        NOTE_ADDED: 'Добавлена заметка',
        NOTE_EDITED: 'Изменена заметка',
        NOTE_DELETED: 'Удалена заметка',
      },
    },
    notifications: { kinds: { 'note.mention': '%{by} упомянул(а) вас в заметке о клиенте %{customer}' } },
    roleAdmin: {
      areas: { notes: 'Заметки' },
      permission: {
        notes_write: 'Писать, изменять и удалять свои заметки о клиентах, закреплять заметки',
      },
    },
  },
};
