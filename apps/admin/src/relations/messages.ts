/** The card's Relations tab (merged by i18n/familyMessages.ts). */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  resources: { relationTypes: { name: 'Relation type |||| Relation types' } },
  patron: {
    roleAdmin: {
      areas: { relations: 'Relations' },
      permission: {
        relations_manageTypes: 'Add, rename and delete the relation types of the workspace',
      },
    },
    relationTypes: {
      name: 'Name',
      inverseName: 'The other side',
      symmetric: 'The same (symmetric)',
      key: 'Key',
      keyHelp: 'Lower-case Latin letters, digits and _; cannot change later',
      relations: 'Relations',
      shipped: 'Built in',
      deleteTitle: 'Delete the relation type “%{name}”?',
      deleteContent: 'Only a type no relation uses can be deleted.',
      inverseHelp:
        'For a two-sided type (Parent / Child): what the customer is to the other one. Leave empty when both are the same.',
      nameMissing: 'Give a name in at least one language',
      nameIn: { en: 'English', ru: 'Russian', fa: 'Persian' },
    },
    relations: {
      tab: 'Relations',
      links: 'Related customers',
      none: 'No related customers yet',
      add: 'Add a relation',
      addTitle: 'Add a relation',
      addSubmit: 'Add',
      remove: 'Remove the relation',
      type: 'They are this customer’s…',
      typeHelp: 'Family, colleague, friend, business partner, or a type of your workspace',
      customer: 'Customer (name, phone, email or number)',
      typeToSearch: 'Type a name, phone, email or number',
      noMatches: 'No customer found',
      referrer: 'Referred by',
      noReferrer: 'Nobody',
      setReferrer: 'Set referrer',
      setReferrerTitle: 'Who referred this customer?',
      clearReferrer: 'Clear',
      referred: 'Customers they referred',
      noneReferred: 'None yet',
    },
    history: {
      types: {
        RELATION_ADDED: 'Relation added',
        RELATION_REMOVED: 'Relation removed',
        REFERRAL_CLEARED: 'Referrer cleared',
      },
    },
  },
};
