import CardGiftcard from '@mui/icons-material/CardGiftcard';
import type { AdminResource } from '../common/adminResource';
import { lazyScreen } from '../common/lazyScreen';

/** A page, not a list: the programme's earning and spending rules, at /loyaltyProgramme. */
export const loyaltyProgrammeResource: AdminResource = {
  name: 'loyaltyProgramme',
  icon: CardGiftcard,
  list: {
    component: lazyScreen(
      () => import('./ProgrammePage'),
      (m) => m.ProgrammePage,
    ),
    permission: 'loyalty.configure',
  },
};
