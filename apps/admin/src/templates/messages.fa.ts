/** Persian for messages.ts (same keys; loaded when the language is first used). */
export const fa = {
  resources: { messageTemplates: { name: 'الگوی پیام |||| الگوهای پیام' } },
  patron: {
    roleAdmin: {
      areas: { templates: 'پیام‌رسانی' },
      permission: { templates_manage: 'دیدن، نوشتن، پیش‌نمایش و حذف الگوهای پیام' },
    },
    templates: {
      createTitle: 'الگوی پیام جدید',
      name: 'نام',
      channel: 'کانال',
      channels: { EMAIL: 'ایمیل', SMS: 'پیامک', TELEGRAM: 'تلگرام', PUSH: 'اعلان' },
      languages: 'زبان‌ها',
      updatedAt: 'تغییر',
      language: { en: 'انگلیسی', ru: 'روسی', fa: 'فارسی' },
      subject: 'موضوع',
      title: 'عنوان (اختیاری: اگر خالی باشد، نام فضای کاری)',
      text: 'متن',
      html: 'HTML',
      smsCounter: '%{characters} نویسه، %{parts} بخش (هر بخش %{perPart} نویسه)، کدگذاری %{encoding}',
      encoding: { GSM_7: 'GSM-7', UCS_2: 'UCS-2 (یونیکد)' },
      variablesHelp:
        'روی یک متغیر بزنید تا جایی که مکان‌نما بود نوشته شود. مشتری‌ای که مقداری ندارد پیامی نمی‌گیرد، مگر مقدار جایگزین بدهید:',
      variablesExample: '{{ customer.first_name | default: "دوست" }}',
      variable: {
        customer: 'مشتری',
        balances: 'موجودی در این ارز',
        tier: 'نام سطح به زبان پیام',
        points_expiring: 'نزدیک‌ترین امتیازهایی که در این ارز منقضی می‌شوند و زمان آن',
        unsubscribe_url: 'پیوند لغو اشتراک',
        workspace: 'نام کسب‌وکار شما',
      },
      preview: 'پیش‌نمایش',
      previewFor: 'پیش‌نمایش برای مشتری',
      previewIn: 'به زبان %{language}',
      showPreview: 'نمایش',
    },
  },
};
