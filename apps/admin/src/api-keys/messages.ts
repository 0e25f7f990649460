/** The API key screen's texts, and the history's word for a key as actor (merged by i18n/familyMessages.ts). */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  resources: { apiKeys: { name: 'API key |||| API keys' } },
  patron: {
    roleAdmin: {
      areas: { apiKeys: 'API keys' },
      permission: {
        apiKeys_manage: 'Create and revoke API keys for partner apps',
      },
    },
    history: { actor: { apiKey: 'API key' } },
    apiKeys: {
      menu: 'API keys',
      title: 'API keys for partner apps',
      intro:
        'Tills, web shops and other apps call Patron with a key instead of a person’s password. Each key holds only the permissions ticked for it and may make a limited number of requests a minute.',
      create: 'Create key',
      createTitle: 'New API key',
      none: 'No keys yet',
      name: 'Name',
      nameHelp: 'Which app uses it, e.g. “Web shop” or “Till 3”',
      permissions: 'Permissions',
      rate: 'Requests per minute',
      rateHelp: 'Beyond this the app is told to wait (HTTP 429)',
      perMinute: '%{count} / min',
      expires: 'Expires',
      expiresHelp: 'Empty: valid until revoked',
      created: 'Created',
      lastUsed: 'Last used',
      never: '—',
      status: 'Status',
      statuses: { ACTIVE: 'Active', EXPIRED: 'Expired', REVOKED: 'Revoked' },
      revoke: 'Revoke',
      revokeTitle: 'Revoke “%{name}”?',
      revokeContent: 'Apps using this key are refused from their next request. This cannot be undone.',
      revoked: 'Key “%{name}” revoked',
      secretTitle: 'Your new key',
      secret: 'Key',
      secretWarning:
        'Copy this key now and give it to the app: it is shown only this once. Patron keeps only a fingerprint of it; a lost key cannot be shown again, only revoked and replaced.',
      secretHelp: 'Sent by the app as: Authorization: Bearer <key>',
      copy: 'Copy',
      copied: 'Copied',
      done: 'I have copied it',
      group: {
        customers: 'Customers',
        attributes: 'Attributes',
        tags: 'Tags',
        loyalty: 'Balances',
        purchases: 'Purchases',
      },
      permission: {
        customers: {
          read: 'See customers and their history',
          write: 'Create and edit customers, change their status',
          delete: 'Delete customers',
        },
        attributes: { read: 'See attribute definitions', manage: 'Define, reorder and retire attributes' },
        tags: { manage: 'Create, rename, recolour and delete tags' },
        loyalty: {
          read: 'See balances and ledger operations',
          adjust: 'Add to or subtract from a customer’s balance, reverse an operation',
          configure: 'Define currencies',
        },
        purchases: {
          record:
            'Record purchases (with balances spent at them) and referrals; mark a pending purchase paid',
          return: 'Return a purchase, in full or in part',
        },
      },
    },
  },
};
