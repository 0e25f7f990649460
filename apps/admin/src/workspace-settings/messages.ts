/** The workspace settings page's texts (merged by i18n/familyMessages.ts). */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  resources: { workspaceSettings: { name: 'Workspace settings' } },
  patron: {
    roleAdmin: {
      areas: { workspace: 'Workspace' },
      permission: {
        workspace_manage: 'Change the workspace settings',
      },
    },
    workspaceSettings: {
      title: 'Workspace settings',
      saved: 'Settings saved',
      phones: 'Phone numbers',
      defaultPhoneCountry: 'Country of numbers without a country code',
      defaultPhoneCountryHelp:
        'A number like 09121234567 or 9161234567 is read as a number of this country in forms, the API and imports. Numbers already stored do not change.',
      clock: 'Time zone and quiet hours',
      timeZone: 'Time zone',
      timeZoneHelp:
        "Birthdays, loyalty rules, the dashboard, scheduled mailings and automations follow this zone's days.",
      quietHours: 'Quiet hours',
      quietFrom: 'From',
      quietTo: 'To',
      selfSignUpTitle: 'Joining the club',
      selfSignUp: 'People may join the club by themselves',
      selfSignUpHelp:
        "On the customers' pages with their name, mobile and a code sent by SMS (needs a default SMS account).",
      selfSignUpWhere: 'Put this address on your site or in a QR code at the till:',
      selfSignUpCopy: 'Copy',
      quietHoursHelp:
        'No mailing or automated message is sent between these local times; what falls in them waits until they end. From later than To spans midnight.',
      twoFactor: 'Two-factor sign-in',
      twoFactorRoles: 'Required for these roles',
      twoFactorRolesHelp:
        'Their holders must set up two-factor sign-in (an authenticator app) before they can do anything else; it cannot be turned off while required. API keys are not affected.',
    },
  },
};
