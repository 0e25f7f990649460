/** Russian for messages.ts (same keys; loaded when the language is first used). */
export const ru = {
  resources: { messageTemplates: { name: 'Шаблон сообщения |||| Шаблоны сообщений' } },
  patron: {
    roleAdmin: {
      areas: { templates: 'Коммуникации' },
      permission: { templates_manage: 'Просматривать, писать, проверять и удалять шаблоны сообщений' },
    },
    templates: {
      createTitle: 'Новый шаблон сообщения',
      name: 'Название',
      channel: 'Канал',
      channels: { EMAIL: 'Эл. почта', SMS: 'SMS', TELEGRAM: 'Telegram', PUSH: 'Push-уведомление' },
      languages: 'Языки',
      updatedAt: 'Изменён',
      language: { en: 'Английский', ru: 'Русский', fa: 'Персидский' },
      subject: 'Тема',
      title: 'Заголовок (необязательно: если пусто — название рабочего пространства)',
      text: 'Текст',
      html: 'HTML',
      smsCounter: '%{encoding} · символов: %{characters} · частей: %{parts} (по %{perPart} символов)',
      encoding: { GSM_7: 'GSM-7', UCS_2: 'UCS-2 (Юникод)' },
      variablesHelp:
        'Нажмите на переменную, чтобы вставить её туда, где был курсор. Клиент без значения не получит сообщение, если не задать запасное:',
      variablesExample: '{{ customer.first_name | default: "друг" }}',
      variable: {
        customer: 'Клиент',
        balances: 'Баланс в этой валюте',
        tier: 'Название уровня на языке сообщения',
        points_expiring: 'Ближайшее сгорание баллов в этой валюте: сколько и когда',
        unsubscribe_url: 'Ссылка для отписки',
        workspace: 'Название вашей компании',
      },
      preview: 'Предпросмотр',
      previewFor: 'Предпросмотр для клиента',
      previewIn: 'Язык: %{language}',
      showPreview: 'Показать',
    },
  },
};
