/** Russian for messages.ts (same keys; loaded when the language is first used). */
export const ru = {
  resources: { branches: { name: 'Филиал |||| Филиалы' } },
  patron: {
    roleAdmin: {
      areas: { branches: 'Филиалы' },
      permission: {
        branches_read: 'Видеть филиалы (чтобы записать покупку в филиале и отбирать покупки по филиалу)',
        branches_manage: 'Создавать, изменять, отключать и удалять филиалы',
      },
    },
    branches: {
      label: 'Филиал',
      code: 'Код',
      codeHelp: 'Латинские буквы, цифры или _, начиная с буквы; потом не меняется',
      codeFixed: 'Код остаётся прежним: он записан в покупках',
      codeFormat: 'Буква, затем до 30 латинских букв, цифр или _',
      name: 'Название',
      nameIn: { en: 'Название по-английски', ru: 'Название по-русски', fa: 'Название на персидском' },
      nameMissing: 'Укажите название хотя бы на одном языке',
      address: 'Адрес',
      staff: 'Сотрудники',
      status: 'Статус',
      open: 'Активен',
      closed: 'Неактивен',
      active: 'Активен',
      activeHelp: 'В неактивном филиале новые покупки не записываются',
      none: 'Без филиала',
      any: 'Любой филиал',
      yours: 'Ваш филиал: покупки записываются здесь',
      deleteTitle: 'Удалить филиал «%{name}»?',
      deleteContent: 'Филиал с покупками или сотрудниками удалить нельзя: сделайте его неактивным.',
    },
    staffAdmin: {
      branch: 'Филиал',
      branchHelp: 'Сотрудник записывает покупки только в этом филиале',
      changeBranch: 'Сменить филиал',
      branchOf: 'Филиал сотрудника %{name}',
      branchChanged: 'Филиал изменён',
    },
  },
};
