/** The loyalty programme screen's and the rules editor's texts (merged by i18n/familyMessages.ts). */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  resources: { loyaltyProgramme: { name: 'Loyalty programme' } },
  patron: {
    programme: {
      title: 'Loyalty programme',
      intro:
        'What customers without a tier earn at a purchase, and how much of a purchase balances may pay. Tiers have rules of their own.',
      saved: 'Programme rules saved',
      addRow: 'Add a row',
      currency: 'Currency',
      cashbackPercent: 'Cashback %',
      cashbackCurrency: 'Cashback currency',
      referralPercent: 'Referrer’s share %',
      points: 'Points',
      per: 'Per amount',
      sku: 'SKU',
      weekday: 'Weekday',
      multiplier: 'Multiplier',
      amount: 'Amount',
      maxSpendPercentPerInvoice: 'Max % of an invoice paid with balances',
      maxSpendPerDay: 'Max paid with balances per day',
      timeZone: 'Time zone',
      sections: {
        cashback: 'Cashback and referrals',
        pointsPerAmount: 'Points per amount spent',
        productPoints: 'Points per product',
        weekdayMultipliers: 'Weekday multipliers',
        firstPurchaseBonus: 'First purchase bonus',
        birthdayBonus: 'Birthday bonus',
        referralJoinReward: 'Reward for bringing a new customer',
        caps: 'Paying with balances',
        clock: 'Clock',
      },
      help: {
        cashback: 'A share of the amount paid, given back in the chosen currency.',
        referralPercent: 'Of each purchase by a referred customer, to the referrer',
        pointsPerAmount: 'For example 1 coin for every full 10 of the amount paid.',
        productPoints: 'Points for each unit of a product, by its SKU.',
        weekdayMultipliers: 'Multiplies points (not cashback) on these days.',
        firstPurchaseBonus: 'Once per customer, at the first purchase.',
        birthdayBonus: 'Once a year, at a purchase on the customer’s birthday.',
        referralJoinReward: 'What the referrer earns when a referred customer joins.',
        caps: 'Limits on paying for a purchase with balances.',
        noCap: 'Empty: no limit',
        timeZone:
          "The workspace's time zone, the same as in Settings: weekdays, birthdays and daily limits, the dashboard, mailings and automations all count days in it",
      },
    },
  },
};
