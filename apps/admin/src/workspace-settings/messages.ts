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
        clock: 'Time zone and quiet hours',
        timeZone: 'Time zone',
        timeZoneHelp: "Birthdays, scheduled mailings and automations follow this zone's days.",
        quietHours: 'Quiet hours',
        quietFrom: 'From',
        quietTo: 'To',
        quietHoursHelp:
          'No mailing or automated message is sent between these local times; what falls in them waits until they end. From later than To spans midnight.',
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
        clock: 'Часовой пояс и тихие часы',
        timeZone: 'Часовой пояс',
        timeZoneHelp: 'Дни рождения, запланированные рассылки и автоматизации идут по дням этого пояса.',
        quietHours: 'Тихие часы',
        quietFrom: 'С',
        quietTo: 'До',
        quietHoursHelp:
          'В это местное время рассылки и автоматические сообщения не отправляются; всё, что выпадает на него, ждёт окончания. «С» позже «До» — через полночь.',
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
        clock: 'منطقهٔ زمانی و ساعات سکوت',
        timeZone: 'منطقهٔ زمانی',
        timeZoneHelp: 'تولدها، ارسال‌های زمان‌بندی‌شده و خودکارسازی‌ها بر اساس روزهای این منطقه اجرا می‌شوند.',
        quietHours: 'ساعات سکوت',
        quietFrom: 'از',
        quietTo: 'تا',
        quietHoursHelp:
          'در این ساعات محلی هیچ پیام گروهی یا خودکاری ارسال نمی‌شود و ارسال تا پایان آن صبر می‌کند. اگر «از» دیرتر از «تا» باشد، بازه از نیمه‌شب می‌گذرد.',
      },
    },
  },
};
