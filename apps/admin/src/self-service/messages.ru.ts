export const ru = {
  resources: { customerRequests: { name: 'Обращение клиента |||| Обращения клиентов' } },
  patron: {
    roleAdmin: {
      areas: { selfService: 'Личный кабинет клиента', customerRequests: 'Обращения клиентов' },
      permission: {
        selfService_invite: 'Приглашать клиента в личный кабинет (ссылка для задания пароля)',
        customerRequests_handle: 'Читать обращения клиентов, отвечать на них и закрывать',
      },
    },
    selfService: {
      signInAddress: 'Адрес входа для клиентов',
      signInAddressHelp: 'Здесь клиенты потом входят по номеру мобильного или email и паролю.',
      invite: 'Пригласить в личный кабинет',
      invitationTitle: 'Приглашение в личный кабинет',
      invitationHelp:
        'Передайте ссылку клиенту: по ней он один раз задаст пароль, до %{until}. Новое приглашение отменяет эту ссылку.',
      link: 'Ссылка',
      copy: 'Скопировать ссылку',
      copied: 'Ссылка скопирована',
      emailed: 'Ссылка также отправлена клиенту на email.',
    },
    customerRequests: {
      status: 'Статус',
      all: 'Все',
      statuses: { OPEN: 'Открыто', ANSWERED: 'Есть ответ', CLOSED: 'Закрыто' },
      sent: 'Отправлено',
      customer: 'Клиент',
      noName: 'Без имени',
      request: 'Обращение',
      answer: 'Ответ',
      reply: 'Ответить',
      edit: 'Изменить ответ',
      close: 'Закрыть',
      send: 'Отправить ответ',
      answerTitle: 'Ответ на обращение',
      answered: 'Ответ отправлен',
      closedDone: 'Обращение закрыто',
    },
  },
};
