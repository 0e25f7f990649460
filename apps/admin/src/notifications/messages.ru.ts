/** Russian for messages.ts (same keys; loaded when the language is first used). */
export const ru = {
  patron: {
    notifications: {
      bell: 'Уведомления',
      bellUnread: 'Уведомления, не прочитано: %{count}',
      title: 'Уведомления',
      markAllRead: 'Прочитать все',
      none: 'Ничего нового',
      unread: 'Не прочитано',
      justNow: 'только что',
      unknown: 'Требуется ваше внимание',
      kinds: {
        'import.finished':
          'Импорт %{fileName} завершён: создано %{created}, обновлено %{updated}, с ошибками %{invalid}',
        'import.failed': 'Импорт %{fileName} не удался',
        'export.ready': 'Выгрузка %{fileName} готова к скачиванию (строк: %{rows})',
        'attributes.values-report':
          'Значения атрибута %{attribute}, которые формат не принимает (%{refused}) или запишет иначе (%{rewritten}): файл %{fileName} готов к скачиванию',
        'job.failed': 'Фоновая задача «%{job}» завершилась ошибкой',
        mention: '%{by} упомянул(а) вас',
      },
    },
  },
};
