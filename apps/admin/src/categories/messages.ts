/** The Categories screen and the card's category select (merged by i18n/familyMessages.ts). */
export const categoryMessages = {
  en: {
    resources: { categories: { name: 'Category |||| Categories' } },
    patron: {
      categories: {
        label: 'Category',
        name: 'Name',
        color: 'Colour',
        customers: 'Customers',
        none: 'No category',
        preview: 'Category',
        badColor: 'Choose a colour',
        deleteTitle: 'Delete the category “%{name}”?',
        deleteContent:
          '%{smart_count} customer is left without a category; their history keeps a note. |||| %{smart_count} customers are left without a category; their history keeps a note.',
      },
      history: { types: { CATEGORY_CHANGED: 'Category changed' } },
    },
  },
  ru: {
    resources: { categories: { name: 'Категория |||| Категории' } },
    patron: {
      categories: {
        label: 'Категория',
        name: 'Название',
        color: 'Цвет',
        customers: 'Клиенты',
        none: 'Без категории',
        preview: 'Категория',
        badColor: 'Выберите цвет',
        deleteTitle: 'Удалить категорию «%{name}»?',
        deleteContent:
          '%{smart_count} клиент останется без категории; в истории останется запись. |||| %{smart_count} клиента останутся без категории; в истории останется запись. |||| %{smart_count} клиентов останутся без категории; в истории останется запись.',
      },
      history: { types: { CATEGORY_CHANGED: 'Изменена категория' } },
    },
  },
  fa: {
    resources: { categories: { name: 'دسته |||| دسته‌ها' } },
    patron: {
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
  },
};
