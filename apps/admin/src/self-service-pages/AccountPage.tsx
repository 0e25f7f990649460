import { Button, Paper, Stack, Typography } from '@mui/material';
import { localized } from '../i18n/localized';
import type { AccountFields } from './account';
import { SignOutMutation } from './accountDocuments';
import { call } from './api';
import { ChangePasswordForm } from './ChangePasswordForm';
import { Operations, Purchases } from './History';
import { MyConsents } from './MyConsents';
import { MyDetails } from './MyDetails';
import { News } from './News';
import { PushSwitch } from './PushSwitch';
import { Requests } from './Requests';
import { useWords } from './WordsContext';

const FACT = { display: 'flex', justifyContent: 'space-between', gap: 2 } as const;

/**
 * What a signed-in customer sees: who they are, news, balances, notifications on this device,
 * their consents, operations, purchases, requests, their details, password.
 */
export function AccountPage({
  account,
  onSignedOut,
  onChanged,
}: {
  account: AccountFields;
  onSignedOut(): void;
  onChanged(next: AccountFields): void;
}) {
  const words = useWords();
  const { locale } = words;
  const name = [account.firstName, account.lastName].filter(Boolean).join(' ');
  const signOut = async () => {
    await call(SignOutMutation).catch(() => undefined);
    onSignedOut();
  };
  const decimalsOf = (key: string) =>
    account.balances.find((b) => b.currency.key === key)?.currency.decimals ?? 0;
  const currencyName = (key: string) => {
    const currency = account.balances.find((b) => b.currency.key === key)?.currency;
    return currency ? localized(currency.name, locale, key) : key;
  };
  return (
    <Stack spacing={2} data-testid="ss-account">
      <Paper sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography component="h2" variant="h5" gutterBottom data-testid="ss-hello">
          {words.t('account.hello', { name })}
        </Typography>
        <Stack spacing={0.5}>
          {account.cardNumber && (
            <Typography sx={FACT}>
              <span>{words.t('account.card')}</span>
              <bdi data-testid="ss-card">{account.cardNumber}</bdi>
            </Typography>
          )}
          {account.number != null && (
            <Typography sx={FACT}>
              <span>{words.t('account.number')}</span>
              <span>{words.amount(account.number, 0)}</span>
            </Typography>
          )}
          {account.tier && (
            <Typography sx={FACT}>
              <span>{words.t('account.tier')}</span>
              <strong data-testid="ss-tier">{localized(account.tier.name, locale, account.tier.key)}</strong>
            </Typography>
          )}
        </Stack>
      </Paper>
      <News />
      <Paper sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography component="h2" variant="h6" gutterBottom>
          {words.t('account.balances')}
        </Typography>
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }} data-testid="ss-balances">
          {account.balances.map((b) => (
            <Stack key={b.currency.key} sx={{ minWidth: 120 }} data-testid={`ss-balance-${b.currency.key}`}>
              <Typography variant="h5" component="span">
                {words.amount(b.amount, b.currency.decimals)}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {localized(b.currency.name, locale, b.currency.key)}
              </Typography>
            </Stack>
          ))}
        </Stack>
      </Paper>
      <PushSwitch />
      <MyConsents consents={account.consents} />
      <Operations decimalsOf={decimalsOf} currencyName={currencyName} />
      <Purchases />
      <Requests />
      <MyDetails account={account} onSaved={onChanged} />
      <ChangePasswordForm />
      <Button variant="outlined" size="large" onClick={() => void signOut()} data-testid="ss-sign-out">
        {words.t('account.signOut')}
      </Button>
    </Stack>
  );
}
