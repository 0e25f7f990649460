/** Persian for messages.ts (same keys; loaded when the language is first used). */
export const fa = {
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
      lostCards: {
        report: 'ثبت کارت مفقودی',
        title: 'ثبت کارت مفقودی',
        explain:
          'کارت %{card} مفقود ثبت می‌شود و شماره‌اش دیگر به کسی داده نمی‌شود. کارت جدید مشتری را وارد کنید.',
        newCardNumber: 'شماره کارت جدید',
        reason: 'علت',
        submit: 'ثبت و صدور کارت جدید',
        done: 'کارت مفقودی ثبت و کارت جدید صادر شد',
        label: 'کارت‌های مفقودی',
        line: 'مفقود در %{date}',
      },
    },
    history: {
      types: { CARD_REISSUED: 'صدور کارت جدید به‌جای کارت مفقودی' },
      say: {
        cardReissued: 'کارت %{old} مفقود اعلام شد؛ کارت جدید %{new}',
        cardReason: 'علت: %{reason}',
      },
    },
  },
};
