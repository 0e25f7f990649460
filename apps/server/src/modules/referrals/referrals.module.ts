import { defineModule } from '@patron/sdk';
import { ReferralResolver } from './referral.resolver.js';
import { ReferralService } from './referral.service.js';
import { REFERRAL_CLEARED, REFERRAL_RECORDED } from './referral-history.js';

declare module '@patron/sdk' {
  interface PatronServices {
    referrals: ReferralService;
  }
}

/** Who brought whom: the referrer's join reward and share of the referred customer's purchases. */
export const referralsModule = defineModule({
  name: 'referrals',
  needs: ['sql', 'ledger', 'currencies', 'purchases', 'events'],
  services: {
    referrals: ({ sql, ledger, currencies, purchases, events }) =>
      new ReferralService(sql, ledger, currencies, purchases, () => events.kick()),
  },
  resolvers: [ReferralResolver],
  historyEventTypes: [REFERRAL_RECORDED, REFERRAL_CLEARED],
});
