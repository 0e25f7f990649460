/** Russian for messages.ts (same keys; loaded when the language is first used). */
export const ru = {
  patron: {
    cardTabs: {
      nothing: 'Здесь пока ничего нет',
      noRows: 'Нет строк',
      retry: 'Повторить',
    },
  },
};
