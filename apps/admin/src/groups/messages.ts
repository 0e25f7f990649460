/** The group screens', the card's group panel and the wizard's group source texts (merged by i18n/familyMessages.ts). */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  resources: { groups: { name: 'Group |||| Groups' } },
  patron: {
    groups: {
      createTitle: 'New group',
      name: 'Name',
      description: 'Description',
      members: 'Members',
      createdAt: 'Created',
      none: 'No groups yet',
      deleteConfirm: 'Delete this group? Every member is taken out first (in each customer’s history).',
      membersTitle: 'Members',
      membersIntro: '%{count} customers are in this group. Add or take out every customer of a segment:',
      segment: 'Segment',
      addSegment: 'Add them',
      removeSegment: 'Take them out',
      added: '%{count} customer added |||| %{count} customers added',
      removed: '%{count} customer taken out |||| %{count} customers taken out',
      ofCustomer: 'Groups',
      inNone: 'In no group',
      addTo: 'Add to a group',
      add: 'Add',
      customerAdded: 'Added to the group',
      customerRemoved: 'Taken out of the group',
      everyoneNotAllowed:
        'Select customers or narrow the list first: a group cannot take every customer at once.',
    },
    balanceBatches: {
      fromGroup: 'A group',
      group: 'Group',
      amountEachGroupHelp: 'Every member of the group gets the same',
    },
  },
};
