/** The Notes tab's texts, its history events, its bell and its permission (merged by i18n/familyMessages.ts). */
export const noteMessages = {
  en: {
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
  },
  ru: {
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
  },
  fa: {
    patron: {
      notes: {
        tab: 'یادداشت‌ها',
        body: 'یادداشت تازه',
        placeholder: 'یادداشتی بنویسید؛ برای نام بردن از همکار @ را تایپ کنید',
        length: '%{count} / %{max} نویسه',
        mention: 'نام بردن از همکار',
        add: 'افزودن یادداشت',
        edited: 'ویرایش‌شده',
        pinned: 'سنجاق‌شده',
        pin: 'سنجاق به بالا',
        unpin: 'برداشتن سنجاق',
        deleteTitle: 'حذف یادداشت',
        deleteConfirm: 'این یادداشت حذف شود؟ بازگرداندن آن ممکن نیست.',
        none: 'هنوز یادداشتی نیست',
        loadMore: 'یادداشت‌های بیشتر',
      },
      history: {
        types: {
          NOTE_ADDED: 'یادداشت افزوده شد',
          NOTE_EDITED: 'یادداشت ویرایش شد',
          NOTE_DELETED: 'یادداشت حذف شد',
        },
      },
      notifications: { kinds: { 'note.mention': '%{by} در یادداشتی دربارهٔ %{customer} از شما نام برد' } },
      roleAdmin: {
        areas: { notes: 'یادداشت‌ها' },
        permission: {
          notes_write: 'نوشتن، ویرایش و حذف یادداشت‌های خود دربارهٔ مشتریان و سنجاق کردن یادداشت‌ها',
        },
      },
    },
  },
};
