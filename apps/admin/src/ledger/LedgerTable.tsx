import Undo from '@mui/icons-material/Undo';
import { Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { formatAmount, formatSignedAmount } from '../common/amounts';
import { useCurrencies } from '../currencies/useCurrencies';
import { useCalendar } from '../preferences/useCalendar';
import type { LedgerOperation } from './ledgerPages';
import { canReverse, reversedIds } from './operationKinds';
import { ReasonText } from './ReasonText';

interface Props {
  operations: readonly LedgerOperation[];
  /** Shown only to staff who may adjust balances. */
  onReverse?(operation: LedgerOperation): void;
}

const COLUMNS = ['date', 'kind', 'currency', 'amount', 'balanceAfter', 'reason', 'comment', 'actor'] as const;

/** A customer's operations: when, what, how much (signed, coloured), the balance after, why and by whom. */
export function LedgerTable({ operations, onReverse }: Props) {
  const translate = useTranslate();
  const locale = useLocale();
  const { format } = useCalendar();
  const { byKey, name } = useCurrencies();
  const reversed = reversedIds(operations);
  const decimals = (key: string) => byKey.get(key)?.decimals ?? 0;
  return (
    <Table size="small" data-testid="ledger-table" sx={{ '& td, & th': { verticalAlign: 'top' } }}>
      <TableHead>
        <TableRow>
          {COLUMNS.map((c) => (
            // A heading may take two lines ("Баланс / после") so the reverse button stays in view.
            <TableCell key={c}>{translate(`patron.loyalty.columns.${c}`)}</TableCell>
          ))}
          {onReverse && <TableCell />}
        </TableRow>
      </TableHead>
      <TableBody>
        {operations.map((op) => (
          <TableRow key={op.id} data-testid="ledger-row" data-kind={op.kind} data-id={op.id}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <time dateTime={op.createdAt}>{format(op.createdAt, true)}</time>
            </TableCell>
            <TableCell>
              {translate(`patron.loyalty.kinds.${op.kind}`)}
              {reversed.has(op.id) && (
                <Typography variant="caption" color="text.secondary" display="block">
                  {translate('patron.loyalty.reversed')}
                </Typography>
              )}
              {op.expiresAt && (
                <Typography variant="caption" color="text.secondary" display="block">
                  {translate('patron.loyalty.expires', { date: format(op.expiresAt, true) })}
                </Typography>
              )}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{name(op.currency)}</TableCell>
            <TableCell
              data-testid="ledger-amount"
              sx={{
                whiteSpace: 'nowrap',
                fontWeight: 600,
                color: op.amount < 0 ? 'error.main' : 'success.main',
              }}
            >
              {/* The sign stays in front of the number in right-to-left text too. */}
              <bdi dir="ltr">{formatSignedAmount(op.amount, decimals(op.currency), locale)}</bdi>
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="ledger-balance-after">
              {formatAmount(op.balanceAfter, decimals(op.currency), locale)}
            </TableCell>
            <TableCell
              dir="auto"
              sx={{ minWidth: 140, overflowWrap: 'break-word' }}
              data-testid="ledger-reason"
            >
              <ReasonText operation={op} />
            </TableCell>
            <TableCell dir="auto" sx={{ minWidth: 72, overflowWrap: 'break-word', color: 'text.secondary' }}>
              {op.comment}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {op.actor.kind === 'system' ? translate('patron.history.actor.system') : op.actor.name}
            </TableCell>
            {onReverse && (
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {canReverse(op, reversed) && (
                  <Button
                    size="small"
                    startIcon={<Undo />}
                    onClick={() => onReverse(op)}
                    data-testid="ledger-reverse"
                  >
                    {translate('patron.loyalty.reverse')}
                  </Button>
                )}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
