/** The message templates screens' texts (merged by i18n/familyMessages.ts). */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  resources: { messageTemplates: { name: 'Message template |||| Message templates' } },
  patron: {
    roleAdmin: {
      areas: { templates: 'Messaging' },
      permission: { templates_manage: 'See, write, preview and delete message templates' },
    },
    templates: {
      createTitle: 'New message template',
      name: 'Name',
      channel: 'Channel',
      channels: { EMAIL: 'Email', SMS: 'SMS', TELEGRAM: 'Telegram', PUSH: 'Push notification' },
      languages: 'Languages',
      updatedAt: 'Changed',
      language: { en: 'English', ru: 'Russian', fa: 'Persian' },
      subject: 'Subject',
      title: 'Title (optional: the workspace’s name when empty)',
      text: 'Text',
      html: 'HTML',
      smsCounter: '%{encoding} · %{characters} characters · parts: %{parts} (%{perPart} characters each)',
      encoding: { GSM_7: 'GSM-7', UCS_2: 'UCS-2 (Unicode)' },
      variablesHelp:
        'Click a variable to insert it where the cursor was. A customer without a value gets no message, unless you give a fallback:',
      variablesExample: '{{ customer.first_name | default: "friend" }}',
      variable: {
        customer: 'The customer',
        balances: 'Balance in this currency',
        tier: 'Tier name in the message language',
        points_expiring: 'The next points to expire in this currency, and when',
        unsubscribe_url: 'Link to unsubscribe',
        workspace: 'Your business name',
      },
      preview: 'Preview',
      previewFor: 'Preview for customer',
      previewIn: 'In %{language}',
      showPreview: 'Show',
    },
  },
};
