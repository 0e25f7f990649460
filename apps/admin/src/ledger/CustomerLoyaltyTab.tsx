import CardGiftcard from '@mui/icons-material/CardGiftcard';
import Exposure from '@mui/icons-material/Exposure';
import { Box, Button, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { dayRange } from '../common/dayRange';
import { useCurrencies } from '../currencies/useCurrencies';
import { RedeemGiftCardDialog } from '../gift-cards/RedeemGiftCardDialog';
import { CustomerLoyaltyStatus } from '../tiers/CustomerLoyaltyStatus';
import { AdjustBalanceDialog } from './AdjustBalanceDialog';
import { BalanceCards } from './BalanceCards';
import { ExportLedgerButton } from './ExportLedgerButton';
import { LedgerFilters, type LedgerFilterValues } from './LedgerFilters';
import { LedgerTable } from './LedgerTable';
import type { LedgerOperation } from './ledgerPages';
import { ReverseOperationDialog } from './ReverseOperationDialog';
import { useBalances } from './useBalances';
import { useLedger } from './useLedger';

const NO_FILTER: LedgerFilterValues = { currency: '', fromDay: null, toDay: null };

/** The card's Loyalty tab: a card per balance, then the operations with filters, paging and export. */
export function CustomerLoyaltyTab() {
  const record = useRecordContext();
  const translate = useTranslate();
  const refresh = useRefresh();
  const { permissions } = usePermissions<string[]>();
  const mayAdjust = Boolean(permissions?.includes('loyalty.adjust'));
  const mayRedeem = Boolean(permissions?.includes('giftCards.redeem'));
  const id = record ? String(record.id) : undefined;
  const { currencies } = useCurrencies();
  const balances = useBalances(id);
  const [values, setValues] = useState<LedgerFilterValues>(NO_FILTER);
  const filter = useMemo(
    () => ({ currency: values.currency || null, ...dayRange(values.fromDay, values.toDay) }),
    [values],
  );
  const [version, setVersion] = useState(0);
  const ledger = useLedger(id, filter, version);
  const [adjusting, setAdjusting] = useState(false);
  const [redeeming, setRedeeming] = useState(false);
  const [reversing, setReversing] = useState<LedgerOperation | null>(null);
  const changed = () => {
    setVersion((v) => v + 1);
    void balances.refetch();
    // The customer list's balance columns and the card's history follow.
    refresh();
  };

  if (!id) return null;
  return (
    <Box data-testid="customer-loyalty" sx={{ minWidth: 0 }}>
      <Stack direction="row" alignItems="center" justifyContent="space-between" gap={2} sx={{ mb: 1.5 }}>
        <Typography variant="h6" component="h2">
          {translate('patron.loyalty.balances')}
        </Typography>
        <Stack direction="row" gap={1} flexWrap="wrap">
          {mayRedeem && (
            <Button
              variant="outlined"
              startIcon={<CardGiftcard />}
              onClick={() => setRedeeming(true)}
              data-testid="redeem-open"
            >
              {translate('patron.giftCards.redeemAction')}
            </Button>
          )}
          {mayAdjust && (
            <Button
              variant="contained"
              startIcon={<Exposure />}
              onClick={() => setAdjusting(true)}
              disabled={balances.balances.length === 0}
              data-testid="adjust-open"
            >
              {translate('patron.loyalty.adjust')}
            </Button>
          )}
        </Stack>
      </Stack>
      {balances.failed && <Typography color="error">{translate('ra.notification.http_error')}</Typography>}
      <BalanceCards balances={balances.balances} />
      <CustomerLoyaltyStatus customerId={id} />

      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1.5 }}>
        {translate('patron.loyalty.operations')}
      </Typography>
      <Stack direction="row" justifyContent="space-between" alignItems="flex-start" gap={2} flexWrap="wrap">
        <LedgerFilters currencies={currencies} value={values} onChange={setValues} />
        <ExportLedgerButton
          customerId={id}
          customerName={String(record?.displayName ?? '')}
          filter={filter}
        />
      </Stack>
      <Box sx={{ overflowX: 'auto', mt: 2 }}>
        <LedgerTable operations={ledger.operations} onReverse={mayAdjust ? setReversing : undefined} />
      </Box>
      {ledger.failed && <Typography color="error">{translate('ra.notification.http_error')}</Typography>}
      {!ledger.loading && !ledger.failed && ledger.operations.length === 0 && (
        <Typography color="text.secondary" sx={{ mt: 2 }} data-testid="ledger-empty">
          {translate('patron.loyalty.noOperations')}
        </Typography>
      )}
      {ledger.hasMore && (
        <Button
          sx={{ mt: 2 }}
          variant="outlined"
          disabled={ledger.loading}
          onClick={() => void ledger.loadMore()}
          data-testid="ledger-load-more"
        >
          {translate('patron.history.loadMore')}
        </Button>
      )}

      {mayRedeem && (
        <RedeemGiftCardDialog
          open={redeeming}
          customerId={id}
          onClose={() => setRedeeming(false)}
          onDone={changed}
        />
      )}
      {mayAdjust && (
        <>
          <AdjustBalanceDialog
            open={adjusting}
            customerId={id}
            balances={balances.balances}
            onClose={() => setAdjusting(false)}
            onDone={changed}
          />
          <ReverseOperationDialog operation={reversing} onClose={() => setReversing(null)} onDone={changed} />
        </>
      )}
    </Box>
  );
}
