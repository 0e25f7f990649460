/** Russian for messages.ts (same keys; loaded when the language is first used). */
export const ru = {
  resources: { categories: { name: 'Категория |||| Категории' } },
  patron: {
    roleAdmin: {
      areas: { categories: 'Категории' },
      permission: {
        categories_manage: 'Создавать, переименовывать, перекрашивать и удалять категории',
      },
    },
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
};
