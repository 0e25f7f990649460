import type { en } from './messages';

/** The Webhooks screen in Russian. */
export const ru: typeof en = {
  resources: { webhooks: { name: 'Вебхук |||| Вебхуки' } },
  patron: {
    roleAdmin: {
      areas: { webhooks: 'Вебхуки' },
      permission: {
        webhooks_manage:
          'Создавать, менять и удалять вебхуки, отправляющие события клиентов приложениям партнёров',
      },
    },
    webhooks: {
      menu: 'Вебхуки',
      title: 'Вебхуки для приложений партнёров',
      intro:
        'Patron отправляет события клиентов на эти адреса https по мере того, как они происходят, подписывая их секретом вебхука, и повторяет отправку, если приложение не ответило.',
      create: 'Добавить вебхук',
      createTitle: 'Новый вебхук',
      editTitle: 'Изменить вебхук',
      none: 'Вебхуков пока нет',
      name: 'Название',
      url: 'Адрес',
      urlHelp: 'Адрес https:// приложения партнёра',
      events: 'События',
      allEvents: 'Все события, и будущие тоже',
      enabled: 'Включён',
      disabled: 'Выключен',
      lastDelivery: 'Последняя отправка',
      never: 'Ещё ничего не отправлено',
      save: 'Сохранить',
      edit: 'Изменить',
      delete: 'Удалить',
      deleteTitle: 'Удалить «%{name}»?',
      deleteContent: 'Вебхук и его отправки будут удалены; ожидающие не отправятся.',
      sendTest: 'Отправить тест',
      testSent: 'Тестовое событие отправляется',
      rotate: 'Новый секрет',
      deliveries: 'Отправки',
      deliveriesTitle: 'Отправки «%{name}»',
      noDeliveries: 'Ещё ничего не отправлено',
      time: 'Время',
      event: 'Событие',
      status: 'Состояние',
      attempts: 'Попытки',
      response: 'Ответ',
      sendAgain: 'Отправить снова',
      more: 'Ещё',
      close: 'Закрыть',
      refresh: 'Обновить',
      states: { PENDING: 'Ожидает', DELIVERED: 'Доставлено', FAILED: 'Не доставлено', CANCELLED: 'Отменено' },
      secretTitle: 'Секрет подписи вебхука',
      secret: 'Секрет',
      secretWarning:
        'Скопируйте секрет сейчас и передайте его приложению партнёра: больше он показан не будет.',
      secretHelp: 'Им приложение проверяет заголовок Patron-Signature',
      copy: 'Копировать',
      copied: 'Скопировано',
      done: 'Я скопировал секрет',
    },
    jobs: {
      names: { 'webhooks.deliver': 'Вебхуки: отправка', 'webhooks.prune': 'Очистка отправок вебхуков' },
    },
  },
};
