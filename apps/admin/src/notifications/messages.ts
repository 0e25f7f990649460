/**
 * The bell's texts (merged by i18n/familyMessages.ts). A kind's text takes the notice's params by
 * name; a kind missing here is shown with `unknown`, so a new kind never shows a raw key.
 */
export const notificationMessages = {
  en: {
    patron: {
      notifications: {
        bell: 'Notifications',
        bellUnread: 'Notifications, unread: %{count}',
        title: 'Notifications',
        markAllRead: 'Mark all read',
        none: 'Nothing new',
        unread: 'Unread',
        justNow: 'just now',
        unknown: 'Something needs your attention',
        kinds: {
          'import.finished':
            'Import of %{fileName} finished: %{created} created, %{updated} updated, %{invalid} invalid',
          'import.failed': 'Import of %{fileName} failed',
          'export.ready': 'Export %{fileName} is ready to download (%{rows} rows)',
          'job.failed': 'Background job %{job} failed',
          mention: '%{by} mentioned you',
        },
      },
    },
  },
  ru: {
    patron: {
      notifications: {
        bell: 'Уведомления',
        bellUnread: 'Уведомления, не прочитано: %{count}',
        title: 'Уведомления',
        markAllRead: 'Прочитать все',
        none: 'Ничего нового',
        unread: 'Не прочитано',
        justNow: 'только что',
        unknown: 'Требуется ваше внимание',
        kinds: {
          'import.finished':
            'Импорт %{fileName} завершён: создано %{created}, обновлено %{updated}, с ошибками %{invalid}',
          'import.failed': 'Импорт %{fileName} не удался',
          'export.ready': 'Выгрузка %{fileName} готова к скачиванию (строк: %{rows})',
          'job.failed': 'Фоновая задача %{job} завершилась ошибкой',
          mention: '%{by} упомянул(а) вас',
        },
      },
    },
  },
  fa: {
    patron: {
      notifications: {
        bell: 'اعلان‌ها',
        bellUnread: 'اعلان‌ها، خوانده‌نشده: %{count}',
        title: 'اعلان‌ها',
        markAllRead: 'خواندن همه',
        none: 'مورد تازه‌ای نیست',
        unread: 'خوانده‌نشده',
        justNow: 'همین حالا',
        unknown: 'موردی به توجه شما نیاز دارد',
        kinds: {
          'import.finished':
            'ورود %{fileName} پایان یافت: %{created} ایجاد، %{updated} به‌روزرسانی، %{invalid} نامعتبر',
          'import.failed': 'ورود %{fileName} ناموفق بود',
          'export.ready': 'خروجی %{fileName} آمادهٔ دریافت است (%{rows} ردیف)',
          'job.failed': 'کار پس‌زمینهٔ %{job} ناموفق بود',
          mention: '%{by} از شما نام برد',
        },
      },
    },
  },
};
