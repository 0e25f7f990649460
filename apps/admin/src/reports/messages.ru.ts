/** Russian for messages.ts (same keys; loaded when the language is first used). */
export const ru = {
  patron: {
    roleAdmin: {
      areas: { reports: 'Отчёты' },
      permission: {
        reports_read: 'Видеть панель отчётов (показатели всей базы) и выгружать её в Excel',
      },
    },
  },
};
