import AddShoppingCart from '@mui/icons-material/AddShoppingCart';
import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  useLocale,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { apollo } from '../apollo';
import { formatAmount, formatMoney } from '../common/amounts';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { useBalances } from '../ledger/useBalances';
import { useCalendar } from '../preferences/useCalendar';
import { MarkPurchasePaidMutation } from './documents';
import { PurchaseTable } from './PurchaseTable';
import { RecordPurchaseDialog } from './RecordPurchaseDialog';
import { ReturnPurchaseDialog } from './ReturnPurchaseDialog';
import { type Purchase, type PurchaseSummary, usePurchases } from './usePurchases';

function SummaryCards({ summary }: { summary: PurchaseSummary }) {
  const translate = useTranslate();
  const locale = useLocale();
  const { format } = useCalendar();
  const cards: [string, string, string][] = [
    ['total', translate('patron.purchases.total'), formatMoney(summary.total, locale)],
    ['count', translate('patron.purchases.count'), formatAmount(summary.count, 0, locale)],
    [
      'last',
      translate('patron.purchases.last'),
      summary.lastPurchaseAt ? format(summary.lastPurchaseAt) : '—',
    ],
  ];
  return (
    <Stack
      direction="row"
      gap={2}
      flexWrap="wrap"
      data-testid="purchase-summary"
      sx={{ flex: 1, minWidth: 0 }}
    >
      {cards.map(([key, label, value]) => (
        <Card
          key={key}
          variant="outlined"
          sx={{ minWidth: 180, flex: '0 1 220px' }}
          data-testid={`purchase-summary-${key}`}
        >
          <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
            <Typography variant="body2" color="text.secondary">
              {label}
            </Typography>
            <Typography variant="h6" component="p" fontWeight={600} sx={{ whiteSpace: 'nowrap' }}>
              {value}
            </Typography>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}

/** The card's Purchases tab: totals, the purchases newest first, recording, payment and returns. */
export function CustomerPurchasesTab() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refused = useNotifyRefusal();
  const refresh = useRefresh();
  const { permissions } = usePermissions<string[]>();
  const mayRecord = Boolean(permissions?.includes('purchases.record'));
  const mayReturn = Boolean(permissions?.includes('purchases.return'));
  const id = record ? String(record.id) : undefined;
  const [version, setVersion] = useState(0);
  const { purchases, summary, hasMore, loading, failed, loadMore } = usePurchases(id, version);
  const balances = useBalances(id);
  const [recording, setRecording] = useState(false);
  const [returning, setReturning] = useState<Purchase | null>(null);
  const changed = () => {
    setVersion((v) => v + 1);
    void balances.refetch();
    refresh();
  };
  const markPaid = async (p: Purchase) => {
    try {
      await apollo.mutate({ mutation: MarkPurchasePaidMutation, variables: { id: p.id } });
      notify('patron.purchases.markedPaid', { type: 'info' });
      changed();
    } catch (error) {
      refused(error);
    }
  };

  if (!id) return null;
  return (
    <Box data-testid="customer-purchases" sx={{ minWidth: 0 }}>
      <Stack direction="row" alignItems="flex-start" justifyContent="space-between" gap={2} sx={{ mb: 1.5 }}>
        {summary ? <SummaryCards summary={summary} /> : <span />}
        {mayRecord && (
          <Button
            variant="contained"
            startIcon={<AddShoppingCart />}
            onClick={() => setRecording(true)}
            data-testid="purchase-open"
            sx={{ flexShrink: 0 }}
          >
            {translate('patron.purchases.record')}
          </Button>
        )}
      </Stack>
      {failed && <Alert severity="error">{translate('ra.notification.http_error')}</Alert>}
      {summary && purchases.length === 0 && (
        <Typography color="text.secondary" sx={{ my: 2 }} data-testid="purchase-none">
          {translate('patron.purchases.none')}
        </Typography>
      )}
      {purchases.length > 0 && (
        <Box sx={{ overflowX: 'auto' }}>
          <PurchaseTable
            purchases={purchases}
            onReturn={mayReturn ? setReturning : undefined}
            onMarkPaid={mayRecord ? markPaid : undefined}
          />
        </Box>
      )}
      {hasMore && (
        <Button onClick={() => void loadMore()} disabled={loading} sx={{ mt: 1 }}>
          {translate('patron.purchases.loadMore')}
        </Button>
      )}
      {recording && (
        <RecordPurchaseDialog
          open
          customerId={id}
          balances={balances.balances}
          onClose={() => setRecording(false)}
          onDone={changed}
        />
      )}
      <ReturnPurchaseDialog purchase={returning} onClose={() => setReturning(null)} onDone={changed} />
    </Box>
  );
}
