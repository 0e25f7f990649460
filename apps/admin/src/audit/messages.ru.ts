/** Russian for messages.ts (same keys; loaded when the language is first used). */
export const ru = {
  resources: { audit: { name: 'Журнал аудита' } },
  patron: {
    audit: {
      title: 'Журнал аудита',
      time: 'Когда',
      type: 'Что',
      subject: 'Кого касается',
      actor: 'Кто',
      none: 'Пока ничего не записано',
      more: 'Показать ещё',
      types: {
        STAFF_CREATED: 'Создан сотрудник',
        WORKSPACE_SETTINGS_CHANGED: 'Изменены настройки',
        STAFF_DEACTIVATED: 'Сотрудник отключён',
        STAFF_REACTIVATED: 'Сотрудник включён',
        STAFF_ROLE_CHANGED: 'Изменена роль сотрудника',
        STAFF_PASSWORD_RESET: 'Задан временный пароль',
        TWO_FACTOR_ENABLED: 'Включён двухфакторный вход',
        TWO_FACTOR_DISABLED: 'Выключен двухфакторный вход',
        TWO_FACTOR_RECOVERY_CODE_USED: 'Вход по резервному коду',
        STAFF_TWO_FACTOR_RESET: 'Двухфакторный вход сброшен администратором',
        PASSWORD_CHANGED: 'Пароль изменён',
        ROLE_CREATED: 'Создана роль',
        ROLE_UPDATED: 'Изменена роль',
        ROLE_DELETED: 'Удалена роль',
        SEGMENT_SHARING_CHANGED: 'Изменён доступ к сегменту',
        JOB_CANCELLED: 'Отменён запуск задачи',
        JOB_RETRIED: 'Повторён запуск задачи',
      },
    },
  },
};
