/** The audit log screen's texts (merged by i18n/familyMessages.ts). */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  resources: { audit: { name: 'Audit log' } },
  patron: {
    audit: {
      title: 'Audit log',
      time: 'When',
      type: 'What',
      subject: 'About',
      actor: 'By',
      none: 'Nothing has been recorded yet',
      more: 'Load more',
      types: {
        STAFF_CREATED: 'Staff member created',
        WORKSPACE_SETTINGS_CHANGED: 'Workspace settings changed',
        STAFF_DEACTIVATED: 'Staff member deactivated',
        STAFF_REACTIVATED: 'Staff member reactivated',
        STAFF_ROLE_CHANGED: 'Role changed',
        STAFF_PASSWORD_RESET: 'Temporary password set',
        TWO_FACTOR_ENABLED: 'Two-factor sign-in turned on',
        TWO_FACTOR_DISABLED: 'Two-factor sign-in turned off',
        TWO_FACTOR_RECOVERY_CODE_USED: 'Signed in with a recovery code',
        STAFF_TWO_FACTOR_RESET: 'Two-factor sign-in reset by an admin',
        PASSWORD_CHANGED: 'Password changed',
        ROLE_CREATED: 'Role created',
        ROLE_UPDATED: 'Role changed',
        ROLE_DELETED: 'Role deleted',
        SEGMENT_SHARING_CHANGED: 'Segment sharing changed',
        JOB_CANCELLED: 'Job run cancelled',
        JOB_RETRIED: 'Job run retried',
      },
    },
  },
};
