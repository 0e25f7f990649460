import { defineModule } from '@patron/sdk';
import { Migration20261205000021_notifications } from './Migration20261205000021_notifications.js';
import { NotificationService } from './notification.service.js';
import { NotificationsResolver } from './notifications.resolver.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** Notices for staff (the bell): `notify(…, sql)` in the caller's transaction. */
    notifications: NotificationService;
  }
}

/** The bell in the app bar: notices other modules write for a staff member, read and marked read by them. */
export const notificationsModule = defineModule({
  name: 'notifications',
  needs: ['sql', 'jobs'],
  services: {
    notifications: ({ sql }) => new NotificationService(sql),
  },
  resolvers: [NotificationsResolver],
  jobs: [
    {
      name: 'notifications.prune',
      everyMs: 60 * 60 * 1000,
      step: ({ notifications }) => notifications.prune(),
    },
  ],
  // A workspace's background run that failed for good reaches its admins' bells.
  onStart: async ({ jobs, notifications }) => {
    jobs.whenGivenUp(({ workspaceId, job }) =>
      notifications.notifyAdmins(workspaceId, { kind: 'job.failed', params: { job }, link: '#/jobs' }),
    );
  },
  migrations: [
    { name: 'Migration20261205000021_notifications', class: Migration20261205000021_notifications },
  ],
});
