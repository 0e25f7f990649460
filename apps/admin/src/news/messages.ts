/** The News screen (merged by i18n/familyMessages.ts). */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  resources: { newsPosts: { name: 'News post |||| News' } },
  patron: {
    roleAdmin: {
      areas: { news: 'News for customers' },
      permission: {
        news_read: 'See the news posts published to customers, with how many have read each',
        news_manage: 'Write, schedule, pin and delete news posts for customers',
      },
    },
    news: {
      language: { en: 'English', ru: 'Russian', fa: 'Persian' },
      title: 'Title',
      body: 'Text',
      audience: 'Who sees it',
      audienceHelp: 'Everyone with a self-service account, or the members of a segment',
      everyone: 'Everyone',
      segmentGone: 'A deleted segment (shown to nobody)',
      segmentPrivate: "A colleague's private segment",
      draft: 'Draft',
      draftHelp: 'Not published until you turn this off',
      publishAt: 'Publish at',
      publishAtHelp: 'Empty: now',
      expiresAt: 'Hide after',
      expiresAtHelp: 'Empty: shown until deleted',
      pinned: 'Pinned',
      pinnedHelp: 'Pinned posts come first',
      status: 'Status',
      all: 'All',
      statuses: { DRAFT: 'Draft', SCHEDULED: 'Scheduled', LIVE: 'Live', EXPIRED: 'Expired' },
      readCount: 'Read by',
      deleteTitle: 'Delete “%{title}”?',
      deleteContent: 'Customers will no longer see it.',
    },
  },
};
