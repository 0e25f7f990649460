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
    },
  },
};
