import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { formatAmount, formatMoney } from '../common/amounts';
import { localized } from '../i18n/localized';
import type { Balance } from './useBalances';

/** One card per currency: its name, the balance in its decimals and the language's digits, and its worth. */
export function BalanceCards({ balances }: { balances: readonly Balance[] }) {
  const locale = useLocale();
  const translate = useTranslate();
  return (
    <Stack direction="row" gap={2} flexWrap="wrap" data-testid="balance-cards">
      {balances.map((b) => (
        <Card
          key={b.currency.key}
          variant="outlined"
          sx={{ minWidth: 180, flex: '0 1 220px' }}
          data-testid="balance-card"
          data-currency={b.currency.key}
          data-amount={b.amount}
        >
          <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
            <Typography variant="body2" color="text.secondary">
              {localized(b.currency.name, locale, b.currency.key)}
            </Typography>
            <Typography variant="h5" component="p" fontWeight={600} data-testid="balance-amount">
              {formatAmount(b.amount, b.currency.decimals, locale)}
            </Typography>
            {b.currency.unitValue > 0 && (
              <Typography variant="caption" color="text.secondary" data-testid="balance-value">
                {translate('patron.loyalty.worth', { value: formatMoney(b.value, locale) })}
              </Typography>
            )}
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}
