/** The customer card's header and inline editing (merged by i18n/familyMessages.ts). */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  patron: {
    card: {
      edit: 'Change %{field}',
      save: 'Save',
      cancel: 'Cancel',
      saved: '%{field} saved',
      tier: 'Tier',
      balances: 'Balances',
      contact: {
        call: 'Call %{phone}',
        whatsapp: 'WhatsApp',
        telegram: 'Telegram',
        email: 'Write to %{email}',
      },
    },
  },
};
