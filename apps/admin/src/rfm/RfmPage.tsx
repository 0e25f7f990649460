import { useQuery } from '@apollo/client/react';
import { Alert, Box, Card, CardContent, LinearProgress, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { SegmentDistributionChart, SegmentMovementChart } from '../customer-analytics/LazyCharts';
import { useCalendar } from '../preferences/useCalendar';
import { RfmMovementQuery, RfmSegmentsQuery } from './documents';
import { RfmOverviewCard } from './RfmOverviewCard';

/** The RFM overview: customers per segment and who moved where at the last recomputation, as charts. */
export function RfmPage() {
  const translate = useTranslate();
  const { format } = useCalendar();
  const segments = useQuery(RfmSegmentsQuery, { fetchPolicy: 'network-only' });
  const movement = useQuery(RfmMovementQuery, { fetchPolicy: 'network-only' });
  const run = movement.data?.rfmMovement;
  return (
    <Box data-testid="rfm-page">
      <Title title="patron.rfm.pageTitle" />
      <RfmOverviewCard
        onRecomputed={() => {
          void segments.refetch();
          void movement.refetch();
        }}
      />
      {(segments.loading || movement.loading) && <LinearProgress sx={{ mt: 2 }} />}
      {(segments.error || movement.error) && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {translate('ra.notification.http_error')}
        </Alert>
      )}
      {run && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }} data-testid="rfm-run">
          {run.computedAt
            ? [
                translate('patron.rfm.lastRun', { date: format(run.computedAt, true) }),
                run.previousComputedAt
                  ? translate('patron.rfm.previousRun', { date: format(run.previousComputedAt, true) })
                  : '',
              ]
                .filter(Boolean)
                .join(translate('patron.comma'))
            : translate('patron.rfm.neverComputed')}
        </Typography>
      )}
      <Box sx={{ display: 'grid', gap: 2, mt: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
        {segments.data && (
          <Card>
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                {translate('patron.rfm.distribution')}
              </Typography>
              {segments.data.rfmSegments.some((s) => s.customers > 0) ? (
                <SegmentDistributionChart segments={segments.data.rfmSegments} />
              ) : (
                <Typography color="text.secondary" data-testid="rfm-distribution-none">
                  {translate('patron.rfm.distributionNone')}
                </Typography>
              )}
            </CardContent>
          </Card>
        )}
        {run && (
          <Card>
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                {translate('patron.rfm.movement')}
              </Typography>
              {run.moves.length ? (
                <SegmentMovementChart moves={run.moves} />
              ) : (
                <Typography color="text.secondary">{translate('patron.rfm.movementNone')}</Typography>
              )}
            </CardContent>
          </Card>
        )}
      </Box>
    </Box>
  );
}
