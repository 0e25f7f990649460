/** Persian for messages.ts (same keys; loaded when the language is first used). */
export const fa = {
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
        'attributes.values-report':
          'مقدارهای %{attribute} که قالب نمی‌پذیرد (%{refused}) یا به شکل دیگری می‌نویسد (%{rewritten}): فایل %{fileName} آمادهٔ دریافت است',
        'job.failed': 'کار پس‌زمینهٔ «%{job}» ناموفق بود',
        mention: '%{by} از شما نام برد',
      },
    },
  },
};
