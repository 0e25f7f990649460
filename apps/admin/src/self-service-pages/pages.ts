import { lazyPage } from './lazyPage';

// The pages after sign-in, or opened from its links and emailed ones: each a chunk of its own.
export const AccountPage = lazyPage(() => import('./AccountPage').then((m) => m.AccountPage));
export const JoinPage = lazyPage(() => import('./JoinPage').then((m) => m.JoinPage));
export const ForgotPasswordPage = lazyPage(() =>
  import('./ForgotPasswordPage').then((m) => m.ForgotPasswordPage),
);
export const SetPasswordPage = lazyPage(() => import('./SetPasswordPage').then((m) => m.SetPasswordPage));
