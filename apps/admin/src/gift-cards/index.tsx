import CardGiftcard from '@mui/icons-material/CardGiftcard';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** The Gift cards screen: issue batches, see and filter the cards, block them, print a batch's codes. */
export const giftCardsResource: AdminResource = {
  name: 'giftCards',
  icon: CardGiftcard,
  list: {
    component: lazyScreen(
      () => import('./GiftCardList'),
      (m) => m.GiftCardList,
    ),
    permission: 'giftCards.manage',
  },
  recordRepresentation: 'code',
};
