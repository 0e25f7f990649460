/** The workspace settings page's texts (merged by i18n/familyMessages.ts). */
export const workspaceSettingsMessages = {
  en: {
    resources: { workspaceSettings: { name: 'Workspace settings' } },
    patron: {
      workspaceSettings: {
        title: 'Workspace settings',
        saved: 'Settings saved',
        phones: 'Phone numbers',
        defaultPhoneCountry: 'Country of numbers without a country code',
        defaultPhoneCountryHelp:
          'A number like 09121234567 or 9161234567 is read as a number of this country in forms, the API and imports. Numbers already stored do not change.',
      },
    },
  },
  ru: {
    resources: { workspaceSettings: { name: 'Настройки' } },
    patron: {
      workspaceSettings: {
        title: 'Настройки рабочего пространства',
        saved: 'Настройки сохранены',
        phones: 'Телефонные номера',
        defaultPhoneCountry: 'Страна номеров без кода страны',
        defaultPhoneCountryHelp:
          'Номер вида 89161234567 или 9161234567 считается номером этой страны в формах, API и при импорте. Уже сохранённые номера не меняются.',
      },
    },
  },
  fa: {
    resources: { workspaceSettings: { name: 'تنظیمات' } },
    patron: {
      workspaceSettings: {
        title: 'تنظیمات فضای کاری',
        saved: 'تنظیمات ذخیره شد',
        phones: 'شماره‌های تلفن',
        defaultPhoneCountry: 'کشور شماره‌های بدون پیش‌شماره کشور',
        defaultPhoneCountryHelp:
          'شماره‌ای مانند ۰۹۱۲۱۲۳۴۵۶۷ در فرم‌ها، API و ورود اطلاعات، شماره این کشور خوانده می‌شود. شماره‌های ذخیره‌شده تغییر نمی‌کنند.',
      },
    },
  },
};
