import Paid from '@mui/icons-material/Paid';
import Undo from '@mui/icons-material/Undo';
import {
  Button,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { formatMoney, formatSignedAmount } from '../common/amounts';
import { useCurrencies } from '../currencies/useCurrencies';
import { localized } from '../i18n/localized';
import { useCalendar } from '../preferences/useCalendar';
import { PurchaseItemsList } from './PurchaseItemsList';
import type { Purchase } from './usePurchases';

interface Props {
  purchases: readonly Purchase[];
  onReturn?(purchase: Purchase): void;
  onMarkPaid?(purchase: Purchase): void;
}

const COLUMNS = ['date', 'invoice', 'branch', 'amount', 'spent', 'status', 'earned'] as const;
const STATUS_COLOR = { PAID: 'success', PENDING: 'warning', NOT_NEEDED: 'default' } as const;

/** What the customer earned at a purchase, per currency (their own earnings, not a referrer's). */
function earned(p: Purchase): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of p.ledger) if (e.role === 'EARN') out.set(e.currency, (out.get(e.currency) ?? 0) + e.amount);
  return out;
}

/** A customer's purchases: when, which invoice and items, where, how much, paid how, what it earned. */
export function PurchaseTable({ purchases, onReturn, onMarkPaid }: Props) {
  const translate = useTranslate();
  const locale = useLocale();
  const { format } = useCalendar();
  const { byKey, name } = useCurrencies();
  return (
    <Table size="small" data-testid="purchase-table" sx={{ '& td, & th': { verticalAlign: 'top' } }}>
      <TableHead>
        <TableRow>
          {COLUMNS.map((c) => (
            <TableCell key={c} sx={{ whiteSpace: 'nowrap' }}>
              {translate(`patron.purchases.columns.${c}`)}
            </TableCell>
          ))}
          {(onReturn || onMarkPaid) && <TableCell />}
        </TableRow>
      </TableHead>
      <TableBody>
        {purchases.map((p) => {
          const left = p.amount - p.returnedAmount;
          return (
            <TableRow key={p.id} data-testid="purchase-row" data-id={p.id} data-status={p.paymentStatus}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <time dateTime={p.purchasedAt}>{format(p.purchasedAt, true)}</time>
              </TableCell>
              <TableCell>
                <bdi>{p.invoiceNumber || '—'}</bdi>
                <PurchaseItemsList items={p.items} />
              </TableCell>
              <TableCell dir="auto" data-testid="purchase-branch">
                {p.branchInfo ? localized(p.branchInfo.name, locale, p.branchInfo.code) : p.branch || '—'}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: 600 }} data-testid="purchase-total">
                {formatMoney(p.amount, locale)}
                {p.returnedAmount > 0 && (
                  <Typography
                    variant="caption"
                    color="error.main"
                    display="block"
                    data-testid="purchase-returned"
                  >
                    {translate('patron.purchases.returned', {
                      amount: formatMoney(p.returnedAmount, locale),
                    })}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatMoney(p.spentValue, locale)}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={STATUS_COLOR[p.paymentStatus]}
                  label={translate(`patron.purchases.status.${p.paymentStatus}`)}
                />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="purchase-earned">
                {[...earned(p)].map(([currency, amount]) => (
                  <Typography key={currency} variant="body2" color="success.main">
                    <bdi dir="ltr">
                      {formatSignedAmount(amount, byKey.get(currency)?.decimals ?? 0, locale)}
                    </bdi>{' '}
                    {name(currency)}
                  </Typography>
                ))}
              </TableCell>
              {(onReturn || onMarkPaid) && (
                <TableCell sx={{ whiteSpace: 'nowrap', py: 0.5 }}>
                  <Stack alignItems="flex-start">
                    {onMarkPaid && p.paymentStatus === 'PENDING' && (
                      <Button
                        size="small"
                        startIcon={<Paid />}
                        onClick={() => onMarkPaid(p)}
                        data-testid="purchase-paid"
                      >
                        {translate('patron.purchases.markPaid')}
                      </Button>
                    )}
                    {onReturn && left > 0.001 && (
                      <Button
                        size="small"
                        color="warning"
                        startIcon={<Undo />}
                        onClick={() => onReturn(p)}
                        data-testid="purchase-return"
                      >
                        {translate('patron.purchases.return')}
                      </Button>
                    )}
                  </Stack>
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
