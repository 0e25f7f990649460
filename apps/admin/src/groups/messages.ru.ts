/** Russian for messages.ts (same keys; loaded when the language is first used). */
export const ru = {
  resources: { groups: { name: 'Группа |||| Группы' } },
  patron: {
    groups: {
      createTitle: 'Новая группа',
      name: 'Название',
      description: 'Описание',
      members: 'Участники',
      createdAt: 'Создана',
      none: 'Групп пока нет',
      deleteConfirm:
        'Удалить группу? Сначала из неё будут выведены все участники (в истории каждого клиента).',
      membersTitle: 'Участники',
      membersIntro: 'В группе клиентов: %{count}. Добавьте или выведите всех клиентов сегмента:',
      segment: 'Сегмент',
      addSegment: 'Добавить',
      removeSegment: 'Вывести',
      added: 'Добавлен %{count} клиент |||| Добавлено %{count} клиента |||| Добавлено %{count} клиентов',
      removed: 'Выведен %{count} клиент |||| Выведено %{count} клиента |||| Выведено %{count} клиентов',
      ofCustomer: 'Группы',
      inNone: 'Ни в одной группе',
      addTo: 'Добавить в группу',
      add: 'Добавить',
      customerAdded: 'Добавлен в группу',
      customerRemoved: 'Выведен из группы',
      everyoneNotAllowed:
        'Сначала выберите клиентов или сузьте список: всех клиентов сразу в группу не добавить.',
    },
    balanceBatches: {
      fromGroup: 'Группы',
      group: 'Группа',
      amountEachGroupHelp: 'Каждый участник группы получит одно и то же',
    },
  },
};
