import type { en } from './messages';

export const fa: typeof en = {
  resources: { newsPosts: { name: 'خبر |||| اخبار' } },
  patron: {
    roleAdmin: {
      areas: { news: 'اخبار برای مشتریان' },
      permission: {
        news_read: 'دیدن اخبار منتشرشده برای مشتریان و شمار خوانندگان هر خبر',
        news_manage: 'نوشتن، زمان‌بندی، سنجاق کردن و حذف اخبار برای مشتریان',
      },
    },
    news: {
      language: { en: 'انگلیسی', ru: 'روسی', fa: 'فارسی' },
      title: 'عنوان',
      body: 'متن',
      audience: 'چه کسانی ببینند',
      audienceHelp: 'همهٔ دارندگان پنل مشتری، یا اعضای یک بخش مشتریان',
      everyone: 'همه',
      segmentGone: 'بخشی که حذف شده (به هیچ‌کس نشان داده نمی‌شود)',
      segmentPrivate: 'بخش خصوصی یک همکار',
      draft: 'پیش‌نویس',
      draftHelp: 'تا خاموشش نکنید منتشر نمی‌شود',
      publishAt: 'زمان انتشار',
      publishAtHelp: 'خالی: همین حالا',
      expiresAt: 'پنهان شدن پس از',
      expiresAtHelp: 'خالی: تا حذف نشده نمایش داده می‌شود',
      pinned: 'سنجاق‌شده',
      pinnedHelp: 'خبرهای سنجاق‌شده اول می‌آیند',
      status: 'وضعیت',
      all: 'همه',
      statuses: { DRAFT: 'پیش‌نویس', SCHEDULED: 'زمان‌بندی‌شده', LIVE: 'منتشرشده', EXPIRED: 'پایان‌یافته' },
      readCount: 'خوانده‌شده توسط',
      deleteTitle: '«%{title}» حذف شود؟',
      deleteContent: 'مشتریان دیگر آن را نخواهند دید.',
    },
  },
};
