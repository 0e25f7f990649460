import { Box, CircularProgress } from '@mui/material';
import { type ComponentProps, lazy, Suspense } from 'react';
import { useTranslate } from 'react-admin';

/**
 * The charts load on first use: recharts is a chunk of its own, kept off the sign-in page and the
 * customer list (the issue caps those at 350 KB gzip).
 */
const charts = () => import('./charts');

const LazyPurchases = lazy(() => charts().then((m) => ({ default: m.PurchasesChart })));
const LazyBalance = lazy(() => charts().then((m) => ({ default: m.BalanceChart })));
const LazyRfmHistory = lazy(() => charts().then((m) => ({ default: m.RfmHistoryChart })));
const LazyDistribution = lazy(() => charts().then((m) => ({ default: m.SegmentDistributionChart })));
const LazyMovement = lazy(() => charts().then((m) => ({ default: m.SegmentMovementChart })));
const LazyMembersSeries = lazy(() => charts().then((m) => ({ default: m.MembersSeriesChart })));
const LazySalesSeries = lazy(() => charts().then((m) => ({ default: m.SalesSeriesChart })));
const LazyShare = lazy(() => charts().then((m) => ({ default: m.ShareChart })));

export type { BucketRow } from './charts';

type Charts = typeof import('./charts');

function Waiting() {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', py: 4 }}>
      <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
    </Box>
  );
}

export const PurchasesChart = (props: ComponentProps<Charts['PurchasesChart']>) => (
  <Suspense fallback={<Waiting />}>
    <LazyPurchases {...props} />
  </Suspense>
);
export const BalanceChart = (props: ComponentProps<Charts['BalanceChart']>) => (
  <Suspense fallback={<Waiting />}>
    <LazyBalance {...props} />
  </Suspense>
);
export const RfmHistoryChart = (props: ComponentProps<Charts['RfmHistoryChart']>) => (
  <Suspense fallback={<Waiting />}>
    <LazyRfmHistory {...props} />
  </Suspense>
);
export const SegmentDistributionChart = (props: ComponentProps<Charts['SegmentDistributionChart']>) => (
  <Suspense fallback={<Waiting />}>
    <LazyDistribution {...props} />
  </Suspense>
);
export const SegmentMovementChart = (props: ComponentProps<Charts['SegmentMovementChart']>) => (
  <Suspense fallback={<Waiting />}>
    <LazyMovement {...props} />
  </Suspense>
);
export const MembersSeriesChart = (props: ComponentProps<Charts['MembersSeriesChart']>) => (
  <Suspense fallback={<Waiting />}>
    <LazyMembersSeries {...props} />
  </Suspense>
);
export const SalesSeriesChart = (props: ComponentProps<Charts['SalesSeriesChart']>) => (
  <Suspense fallback={<Waiting />}>
    <LazySalesSeries {...props} />
  </Suspense>
);
export const ShareChart = (props: ComponentProps<Charts['ShareChart']>) => (
  <Suspense fallback={<Waiting />}>
    <LazyShare {...props} />
  </Suspense>
);
