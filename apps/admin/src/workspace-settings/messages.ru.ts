/** Russian for messages.ts (same keys; loaded when the language is first used). */
export const ru = {
  resources: { workspaceSettings: { name: 'Настройки' } },
  patron: {
    roleAdmin: {
      areas: { workspace: 'Рабочее пространство' },
      permission: {
        workspace_manage: 'Менять настройки рабочего пространства',
      },
    },
    workspaceSettings: {
      title: 'Настройки рабочего пространства',
      saved: 'Настройки сохранены',
      phones: 'Телефонные номера',
      defaultPhoneCountry: 'Страна номеров без кода страны',
      defaultPhoneCountryHelp:
        'Номер вида 89161234567 или 9161234567 считается номером этой страны в формах, API и при импорте. Уже сохранённые номера не меняются.',
      clock: 'Часовой пояс и тихие часы',
      timeZone: 'Часовой пояс',
      timeZoneHelp:
        'Дни рождения, правила лояльности, сводка, запланированные рассылки и автоматизации идут по дням этого пояса.',
      quietHours: 'Тихие часы',
      quietFrom: 'С',
      quietTo: 'До',
      selfSignUpTitle: 'Вступление в клуб',
      selfSignUp: 'Клиенты могут вступать в клуб сами',
      selfSignUpHelp:
        'На страницах клиентов: имя, мобильный и код из SMS (нужна SMS-учётная запись по умолчанию). Разместите этот адрес на сайте или QR-кодом у кассы:',
      selfSignUpCopy: 'Копировать',
      quietHoursHelp:
        'В это местное время рассылки и автоматические сообщения не отправляются; всё, что выпадает на него, ждёт окончания. «С» позже «До» — через полночь.',
    },
  },
};
