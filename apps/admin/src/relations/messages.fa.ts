/** Persian for messages.ts (same keys; loaded when the language is first used). */
export const fa = {
  resources: { relationTypes: { name: 'نوع ارتباط |||| انواع ارتباط' } },
  patron: {
    roleAdmin: {
      areas: { relations: 'ارتباط‌ها' },
      permission: {
        relations_manageTypes: 'افزودن، تغییر نام و حذف انواع ارتباط',
      },
    },
    relationTypes: {
      name: 'نام',
      inverseName: 'سوی دیگر',
      symmetric: 'همان (دوطرفه)',
      key: 'کلید',
      keyHelp: 'حروف کوچک لاتین، رقم و _؛ بعداً تغییر نمی‌کند',
      relations: 'ارتباط‌ها',
      shipped: 'پیش‌فرض',
      deleteTitle: 'نوع ارتباط «%{name}» حذف شود؟',
      deleteContent: 'فقط نوعی را می‌توان حذف کرد که هیچ ارتباطی از آن استفاده نکند.',
      inverseHelp: 'برای ارتباط دوسویه (والد / فرزند): نسبت این مشتری با دیگری. اگر یکی است خالی بگذارید.',
      nameMissing: 'دست‌کم به یک زبان نام بدهید',
      nameIn: { en: 'انگلیسی', ru: 'روسی', fa: 'فارسی' },
    },
    relations: {
      tab: 'ارتباط‌ها',
      links: 'مشتریان مرتبط',
      none: 'هنوز مشتری مرتبطی نیست',
      add: 'افزودن ارتباط',
      addTitle: 'ارتباط تازه',
      addSubmit: 'افزودن',
      remove: 'حذف ارتباط',
      type: 'نسبت او با این مشتری',
      typeHelp: 'خانواده، همکار، دوست، شریک تجاری یا نوعی از فضای کاری شما',
      customer: 'مشتری (نام، تلفن، ایمیل یا شماره)',
      typeToSearch: 'نام، تلفن، ایمیل یا شماره را بنویسید',
      noMatches: 'مشتری‌ای پیدا نشد',
      referrer: 'معرف',
      noReferrer: 'هیچ‌کس',
      setReferrer: 'تعیین معرف',
      setReferrerTitle: 'چه کسی این مشتری را معرفی کرد؟',
      clearReferrer: 'پاک کردن',
      referred: 'مشتریانی که معرفی کرده',
      noneReferred: 'هنوز هیچ‌کس',
    },
    history: {
      types: {
        RELATION_ADDED: 'افزودن ارتباط',
        RELATION_REMOVED: 'حذف ارتباط',
        REFERRAL_CLEARED: 'حذف معرف',
      },
    },
  },
};
