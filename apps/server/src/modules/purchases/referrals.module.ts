import { defineModule } from '@patron/sdk';
import { REFERRAL_RECORDED } from './purchase-history.js';
import { ReferralService } from './referral.service.js';

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
  historyEventTypes: [REFERRAL_RECORDED],
});
