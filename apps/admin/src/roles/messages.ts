/** The roles screens' texts (merged by i18n/familyMessages.ts). */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  resources: { roles: { name: 'Role |||| Roles' } },
  patron: {
    roleAdmin: {
      createTitle: 'New role',
      name: 'Name',
      nameIn: { en: 'Name in English', ru: 'Name in Russian', fa: 'Name in Persian' },
      nameMissing: 'Give the role a name in at least one language',
      key: 'Key',
      keyHelp: 'Capital Latin letters, digits and _, e.g. CASHIER; cannot change later',
      keyFixed: 'Cannot change',
      shipped: 'Built in',
      permissions: 'Permissions',
      permissionCount: 'Permissions',
      staffCount: 'Staff',
      adminFixed: 'Administrators always hold every permission; this role cannot be changed.',
      deleteConfirm: 'Delete this role? Nobody holds it.',
      areas: {
        customers: 'Customers',
        attributes: 'Attributes',
        staff: 'Staff',
        tags: 'Tags',
        loyalty: 'Loyalty',
        purchases: 'Purchases',
      },
      permission: {
        customers_read: 'See customers and their history',
        customers_write: 'Create and edit customers, change their status',
        customers_delete: 'Delete customers',
        attributes_read: 'See attribute definitions',
        attributes_manage: 'Define, reorder and retire attributes',
        staff_manage: 'Manage staff, roles and the audit log',
        tags_manage: 'Create, rename, recolour and delete tags',
        loyalty_read: 'See balances and ledger operations',
        loyalty_adjust: 'Add to or subtract from a balance, reverse an operation',
        loyalty_configure: 'Set up currencies, tiers and the programme',
        purchases_record: 'Record purchases and referrals; mark a pending purchase paid',
        purchases_return: 'Return a purchase, in full or in part',
      },
    },
  },
};
