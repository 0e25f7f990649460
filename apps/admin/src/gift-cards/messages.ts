/** The Gift cards screen and the card's redeem dialog (merged by i18n/familyMessages.ts). */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  resources: { giftCards: { name: 'Gift card |||| Gift cards' } },
  patron: {
    roleAdmin: {
      areas: { giftCards: 'Gift cards' },
      permission: {
        giftCards_manage: 'Issue gift cards, list them, block and unblock them, download a batch’s codes',
        giftCards_redeem: 'Check a gift card’s code and redeem it onto a customer’s balance',
      },
    },
    giftCards: {
      issue: 'Issue gift cards',
      issueTitle: 'Issue gift cards',
      count: 'How many cards',
      countHelp: 'From 1 to 10,000; each gets its own code',
      currency: 'Currency',
      value: 'Value of each card',
      redeemBy: 'Redeem by',
      redeemByHelp: 'Optional: the card, and the credit it gives, end after this day',
      note: 'Note',
      noteHelp: 'For example “Nowruz 1405”',
      issued: 'Batch #%{number}: %{count} gift card issued |||| Batch #%{number}: %{count} gift cards issued',
      code: 'Code',
      codeHelp: 'As printed on the card: XXXX-XXXX-XXXX',
      status: 'Status',
      statuses: { ACTIVE: 'Active', REDEEMED: 'Redeemed', BLOCKED: 'Blocked', EXPIRED: 'Expired' },
      batchNumber: '#%{number}',
      batch: 'Batch',
      batchChoice: '#%{number} %{note} (%{count} card) |||| #%{number} %{note} (%{count} cards)',
      redeemedAt: 'Redeemed',
      redeemedCustomer: 'Customer',
      block: 'Block',
      unblock: 'Unblock',
      downloadBatch: 'Codes of this batch (CSV)',
      redeemAction: 'Redeem gift card',
      redeemTitle: 'Redeem a gift card',
      redeem: 'Redeem',
      redeemed: '%{amount} %{currency} added to the balance',
    },
  },
};
