/** Persian for messages.ts (same keys; loaded when the language is first used). */
export const fa = {
  resources: { groups: { name: 'گروه |||| گروه‌ها' } },
  patron: {
    groups: {
      createTitle: 'گروه جدید',
      name: 'نام',
      description: 'توضیح',
      members: 'اعضا',
      createdAt: 'ایجاد',
      none: 'هنوز گروهی نیست',
      deleteConfirm: 'این گروه حذف شود؟ ابتدا همه اعضا بیرون برده می‌شوند (در تاریخچه هر مشتری).',
      membersTitle: 'اعضا',
      membersIntro: '%{count} مشتری در این گروه هستند. همه مشتریان یک بخش را بیفزایید یا بیرون ببرید:',
      segment: 'بخش',
      addSegment: 'افزودن',
      removeSegment: 'بیرون بردن',
      added: '%{count} مشتری افزوده شد',
      removed: '%{count} مشتری بیرون برده شد',
      ofCustomer: 'گروه‌ها',
      inNone: 'در هیچ گروهی نیست',
      addTo: 'افزودن به گروه',
      add: 'افزودن',
      customerAdded: 'به گروه افزوده شد',
      customerRemoved: 'از گروه بیرون برده شد',
      everyoneNotAllowed:
        'ابتدا مشتریان را انتخاب یا فهرست را محدود کنید: همه مشتریان را یک‌جا نمی‌توان به گروه افزود.',
    },
    balanceBatches: {
      fromGroup: 'یک گروه',
      group: 'گروه',
      amountEachGroupHelp: 'همه اعضای گروه مقدار یکسانی می‌گیرند',
    },
  },
};
