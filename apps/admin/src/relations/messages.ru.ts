/** Russian for messages.ts (same keys; loaded when the language is first used). */
export const ru = {
  resources: { relationTypes: { name: 'Тип связи |||| Типы связей' } },
  patron: {
    roleAdmin: {
      areas: { relations: 'Связи' },
      permission: {
        relations_manageTypes: 'Добавлять, переименовывать и удалять типы связей',
      },
    },
    relationTypes: {
      name: 'Название',
      inverseName: 'Обратная сторона',
      symmetric: 'То же (симметричная)',
      key: 'Ключ',
      keyHelp: 'Строчные латинские буквы, цифры и _; потом не меняется',
      relations: 'Связи',
      shipped: 'Встроенный',
      deleteTitle: 'Удалить тип связи «%{name}»?',
      deleteContent: 'Удалить можно только тип, который не используется ни одной связью.',
      inverseHelp:
        'Для двусторонней связи (Родитель / Ребёнок): кем клиент приходится другому. Оставьте пустым, если одинаково.',
      nameMissing: 'Укажите название хотя бы на одном языке',
      nameIn: { en: 'Английский', ru: 'Русский', fa: 'Персидский' },
    },
    relations: {
      tab: 'Связи',
      links: 'Связанные клиенты',
      none: 'Связанных клиентов пока нет',
      add: 'Добавить связь',
      addTitle: 'Новая связь',
      addSubmit: 'Добавить',
      remove: 'Удалить связь',
      type: 'Кем приходится этому клиенту',
      typeHelp: 'Семья, коллега, друг, деловой партнёр или тип вашего пространства',
      customer: 'Клиент (имя, телефон, эл. почта или номер)',
      typeToSearch: 'Введите имя, телефон, эл. почту или номер',
      noMatches: 'Клиент не найден',
      referrer: 'Пригласил',
      noReferrer: 'Никто',
      setReferrer: 'Указать пригласившего',
      setReferrerTitle: 'Кто пригласил этого клиента?',
      clearReferrer: 'Убрать',
      referred: 'Кого пригласил',
      noneReferred: 'Пока никого',
    },
    history: {
      types: {
        RELATION_ADDED: 'Добавлена связь',
        RELATION_REMOVED: 'Удалена связь',
        REFERRAL_CLEARED: 'Убран пригласивший',
      },
    },
  },
};
