/**
 * The bell's texts (merged by i18n/familyMessages.ts). A kind's text takes the notice's params by
 * name; a kind missing here is shown with `unknown`, so a new kind never shows a raw key.
 */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
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
        'attributes.values-report':
          'Values of %{attribute} the format refuses (%{refused}) or writes differently (%{rewritten}): %{fileName} is ready to download',
        'job.failed': 'Background job “%{job}” failed',
        mention: '%{by} mentioned you',
      },
    },
  },
};
