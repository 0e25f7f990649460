/** The reports family's texts (merged by i18n/familyMessages.ts); the dashboard screen adds its own here. */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  patron: {
    roleAdmin: {
      areas: { reports: 'Reports' },
      permission: {
        reports_read: 'See the reports dashboard (figures of the whole base) and download it as Excel',
      },
    },
  },
};
