/** Tabs modules add to the customer card (merged by i18n/familyMessages.ts). */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  patron: {
    cardTabs: {
      nothing: 'Nothing to show',
      noRows: 'No rows',
      retry: 'Try again',
    },
  },
};
