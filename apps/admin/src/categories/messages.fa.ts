/** Persian for messages.ts (same keys; loaded when the language is first used). */
export const fa = {
  resources: { categories: { name: 'دسته |||| دسته‌ها' } },
  patron: {
    roleAdmin: {
      areas: { categories: 'دسته‌ها' },
      permission: {
        categories_manage: 'ایجاد، تغییر نام، تغییر رنگ و حذف دسته‌ها',
      },
    },
    categories: {
      label: 'دسته',
      name: 'نام',
      color: 'رنگ',
      customers: 'مشتریان',
      none: 'بدون دسته',
      preview: 'دسته',
      badColor: 'یک رنگ انتخاب کنید',
      deleteTitle: 'دستهٔ «%{name}» حذف شود؟',
      deleteContent:
        '%{smart_count} مشتری بدون دسته می‌ماند؛ در تاریخچه آن‌ها ثبت می‌ماند. |||| %{smart_count} مشتری بدون دسته می‌مانند؛ در تاریخچه آن‌ها ثبت می‌ماند.',
    },
    history: { types: { CATEGORY_CHANGED: 'تغییر دسته' } },
  },
};
