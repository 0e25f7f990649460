/** Russian for messages.ts (same keys; loaded when the language is first used). */
export const ru = {
  patron: {
    card: {
      edit: 'Изменить: %{field}',
      save: 'Сохранить',
      cancel: 'Отмена',
      saved: 'Сохранено: %{field}',
      tier: 'Уровень',
      balances: 'Балансы',
      contact: {
        call: 'Позвонить: %{phone}',
        whatsapp: 'WhatsApp',
        telegram: 'Telegram',
        email: 'Написать: %{email}',
      },
      lostCards: {
        report: 'Карта утеряна',
        title: 'Утеря карты',
        explain:
          'Карта %{card} будет записана как утерянная, её номер больше никому не выдаётся. Клиент получит новую карту.',
        newCardNumber: 'Номер новой карты',
        reason: 'Причина',
        submit: 'Записать и выдать новую карту',
        done: 'Утеря карты записана, новая карта выдана',
        label: 'Утерянные карты',
        line: 'утеряна %{date}',
      },
    },
    history: {
      types: { CARD_REISSUED: 'Утерянная карта заменена' },
      say: {
        cardReissued: 'Карта %{old} заявлена утерянной; новая карта %{new}',
        cardReason: 'Причина: %{reason}',
      },
    },
  },
};
