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
      lostCards: {
        report: 'Report lost card',
        title: 'Report a lost card',
        explain:
          'Card %{card} will be recorded as lost and never given again. The customer gets the new card below.',
        newCardNumber: 'New card number',
        reason: 'Reason',
        submit: 'Record and give the new card',
        done: 'The lost card is recorded and the new card given',
        label: 'Lost cards',
        line: 'lost on %{date}',
      },
    },
    history: {
      types: { CARD_REISSUED: 'Lost card replaced' },
      say: {
        cardReissued: 'Card %{old} reported lost; new card %{new}',
        cardReason: 'Reason: %{reason}',
      },
    },
  },
};
