/** Persian for messages.ts (same keys; loaded when the language is first used). */
export const fa = {
  patron: {
    roleAdmin: {
      areas: { reports: 'گزارش‌ها' },
      permission: {
        reports_read: 'دیدن داشبورد گزارش‌ها (شاخص‌های کل پایگاه) و گرفتن خروجی اکسل از آن',
      },
    },
  },
};
