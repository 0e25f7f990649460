/** The Categories screen and the card's category select (merged by i18n/familyMessages.ts). */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  resources: { categories: { name: 'Category |||| Categories' } },
  patron: {
    roleAdmin: {
      areas: { categories: 'Categories' },
      permission: {
        categories_manage: 'Create, rename, recolour and delete categories',
      },
    },
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
};
