/** Persian for messages.ts (same keys; loaded when the language is first used). */
export const fa = {
  patron: {
    cardTabs: {
      nothing: 'چیزی برای نمایش نیست',
      noRows: 'ردیفی نیست',
      retry: 'دوباره امتحان کنید',
    },
  },
};
