/** The card's analytics tab and the lifecycle settings (merged by i18n/familyMessages.ts). */
// Russian and Persian are in messages.ru.ts and messages.fa.ts, loaded with their language.
export const en = {
  patron: {
    analytics: {
      tab: 'Analytics',
      completeness: 'Profile completeness',
      completenessFigure: '%{filled} of %{counted} attributes filled',
      missing: 'Missing',
      nothingMissing: 'Nothing missing',
      lifecycle: 'Lifecycle stage',
      stages: { NEW: 'New', ACTIVE: 'Active', AT_RISK: 'At risk', LOST: 'Lost' },
      stageRule: {
        NEW: 'Joined less than %{days} days ago',
        ACTIVE: 'Bought less than %{days} days ago',
        AT_RISK: 'No purchase for %{days} days or more',
        LOST: 'No purchase for %{days} days or more',
      },
      joined: 'Joined %{date}',
      lastPurchase: 'Last purchase %{date}',
      neverBought: 'No purchase yet',
      purchases: 'Purchases per month',
      purchaseCount: 'Purchases',
      purchaseAmount: 'Amount',
      balances: 'Balance at the end of each month',
      noBalances: 'No balance yet',
      rfmHistory: 'RFM segment history',
      noRfm: 'No RFM segment yet',
      loading: 'Loading chart…',
    },
    lifecycleSettings: {
      title: 'Lifecycle stages',
      help: 'New: joined fewer days ago than the first number. Then active with a purchase fewer days ago than the second, at risk until the third, lost after (a customer who never bought counts from joining).',
      newDays: 'New for (days since joining)',
      atRiskDays: 'At risk after (days without a purchase)',
      lostDays: 'Lost after (days without a purchase)',
      completenessTitle: 'Profile completeness',
      completenessAttributes: 'Attributes that count',
      completenessHelp: 'Leave empty to count every attribute in use.',
    },
  },
};
