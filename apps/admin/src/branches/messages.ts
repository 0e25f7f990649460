/** The Branches screen, the staff's branch and the purchase's branch (merged by i18n/familyMessages.ts). */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  resources: { branches: { name: 'Branch |||| Branches' } },
  patron: {
    roleAdmin: {
      areas: { branches: 'Branches' },
      permission: {
        branches_read: 'See the branches (to record a purchase at one, to list purchases by branch)',
        branches_manage: 'Create, edit, deactivate and delete branches',
      },
    },
    branches: {
      label: 'Branch',
      code: 'Code',
      codeHelp: 'Latin letters, digits or _, starting with a letter; cannot be changed later',
      codeFixed: 'The code stays as it was created: purchases keep it',
      codeFormat: 'A letter, then up to 30 Latin letters, digits or _',
      name: 'Name',
      nameIn: { en: 'Name in English', ru: 'Name in Russian', fa: 'Name in Persian' },
      nameMissing: 'Give a name in at least one language',
      address: 'Address',
      staff: 'Staff',
      status: 'Status',
      open: 'Active',
      closed: 'Inactive',
      active: 'Active',
      activeHelp: 'An inactive branch takes no new purchases',
      none: 'No branch',
      any: 'Any branch',
      yours: 'Your branch: purchases are recorded here',
      deleteTitle: 'Delete the branch “%{name}”?',
      deleteContent: 'A branch with purchases or staff cannot be deleted: deactivate it instead.',
    },
    staffAdmin: {
      branch: 'Branch',
      branchHelp: 'They record purchases at this branch only',
      changeBranch: 'Change branch',
      branchOf: 'Branch of %{name}',
      branchChanged: 'Branch changed',
    },
  },
};
