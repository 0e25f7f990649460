import PhonelinkLock from '@mui/icons-material/PhonelinkLock';
import { lazyPart } from '../common/lazyPart';
import { DialogMenuItem } from './DialogMenuItem';

const TwoFactorDialog = lazyPart(async () => (await import('./TwoFactorDialog')).TwoFactorDialog);

/** "Two-factor sign-in" in the user menu: its dialog (QR, codes) loads when first opened. */
export function TwoFactorMenuItem() {
  return (
    <DialogMenuItem
      icon={<PhonelinkLock fontSize="small" />}
      label="patron.twoFactor.menu"
      testId="two-factor-menu"
      dialog={(open, close) => <TwoFactorDialog when={open} open={open} onClose={close} />}
    />
  );
}
