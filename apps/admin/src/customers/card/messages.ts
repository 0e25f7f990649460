/** The customer card's header and inline editing (merged by i18n/familyMessages.ts). */
export const cardMessages = {
  en: {
    patron: {
      card: {
        edit: 'Change %{field}',
        save: 'Save',
        cancel: 'Cancel',
        saved: '%{field} saved',
        tier: 'Tier',
        balances: 'Balances',
        contact: {
          call: 'Call %{phone}',
          whatsapp: 'WhatsApp',
          telegram: 'Telegram',
          email: 'Write to %{email}',
        },
      },
    },
  },
  ru: {
    patron: {
      card: {
        edit: 'Изменить: %{field}',
        save: 'Сохранить',
        cancel: 'Отмена',
        saved: 'Сохранено: %{field}',
        tier: 'Уровень',
        balances: 'Балансы',
        contact: {
          call: 'Позвонить: %{phone}',
          whatsapp: 'WhatsApp',
          telegram: 'Telegram',
          email: 'Написать: %{email}',
        },
      },
    },
  },
  fa: {
    patron: {
      card: {
        edit: 'ویرایش %{field}',
        save: 'ذخیره',
        cancel: 'انصراف',
        saved: '%{field} ذخیره شد',
        tier: 'سطح',
        balances: 'موجودی‌ها',
        contact: {
          call: 'تماس با %{phone}',
          whatsapp: 'واتس‌اپ',
          telegram: 'تلگرام',
          email: 'ایمیل به %{email}',
        },
      },
    },
  },
};
