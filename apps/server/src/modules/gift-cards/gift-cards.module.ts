import { defineModule } from '@patron/sdk';
import { GiftCardBatchResolver, GiftCardResolver } from './gift-card.resolver.js';
import { GiftCardService } from './gift-card.service.js';
import { GIFT_CARD_REDEEMED } from './gift-card-history.js';
import { giftCardPermissions } from './gift-card-permissions.js';
import { Migration20261207100000_gift_cards } from './Migration20261207100000_gift_cards.js';

declare module '@patron/sdk' {
  interface PatronServices {
    /** Gift cards: issued in batches, checked and redeemed by code onto a customer's balance. */
    giftCards: GiftCardService;
  }
}

/** Audit event types this module writes: a batch's subject is `#number`, a card's its code. */
export const GIFT_CARD_AUDIT_TYPES = [
  'GIFT_CARDS_ISSUED',
  'GIFT_CARD_BLOCKED',
  'GIFT_CARD_UNBLOCKED',
] as const;

/** Gift cards (catalogue G12): codes worth a value of a currency, credited through the ledger once. */
export const giftCardsModule = defineModule({
  name: 'gift-cards',
  auditEventTypes: GIFT_CARD_AUDIT_TYPES,
  needs: ['sql', 'currencies', 'ledger', 'audit', 'events'],
  services: {
    giftCards: ({ sql, currencies, ledger, audit, events }) =>
      new GiftCardService(sql, currencies, ledger, audit, () => events.kick()),
  },
  resolvers: [GiftCardResolver, GiftCardBatchResolver],
  permissions: giftCardPermissions,
  historyEventTypes: [GIFT_CARD_REDEEMED],
  migrations: [{ name: 'Migration20261207100000_gift_cards', class: Migration20261207100000_gift_cards }],
});
