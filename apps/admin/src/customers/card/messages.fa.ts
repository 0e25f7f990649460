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
    },
  },
};
