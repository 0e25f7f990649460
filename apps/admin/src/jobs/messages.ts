/** The Jobs screen's texts (merged by i18n/familyMessages.ts). */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  resources: { jobs: { name: 'Jobs' } },
  patron: {
    jobs: {
      title: 'Background jobs',
      job: 'Job',
      state: 'State',
      attempts: 'Attempts',
      queued: 'Queued',
      started: 'Started',
      finished: 'Finished',
      scope: 'For',
      own: 'This workspace',
      global: 'All workspaces',
      all: 'All states',
      none: 'No runs yet',
      more: 'Load more',
      cancel: 'Cancel',
      retry: 'Retry',
      cancelled: 'Run cancelled',
      retried: 'Run queued again',
      states: {
        WAITING: 'Waiting',
        RETRYING: 'Retrying',
        RUNNING: 'Running',
        DONE: 'Done',
        CANCELLED: 'Cancelled',
        FAILED: 'Failed',
      },
      names: {
        'bulk-actions.run': 'Bulk actions',
        'balance-batches.apply': 'Balance adjustments',
        'ledger.expiry': 'Points expiry',
        'tiers.review': 'Tier review',
        'rfm.recompute': 'RFM scores',
        'files.prune': 'Clean-up of uploads',
        'auth.prune': 'Clean-up of sessions',
        'notifications.prune': 'Clean-up of notices',
      },
    },
  },
};
