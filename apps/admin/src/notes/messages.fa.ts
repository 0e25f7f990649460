/** Persian for messages.ts (same keys; loaded when the language is first used). */
export const fa = {
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
};
