import Refresh from '@mui/icons-material/Refresh';
import { Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useLocale, useNotify, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { formatAmount } from '../common/amounts';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import type { RfmSegmentsQuery as Result } from '../gql/graphql';
import { RecomputeRfmMutation, RfmSegmentsQuery } from './documents';
import { segmentKey, segmentTone } from './segments';

/** How many customers sit in each RFM segment (as of the last run), and "recompute now" for admins. */
export function RfmOverviewCard({ onRecomputed }: { onRecomputed?: () => void } = {}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refused = useNotifyRefusal();
  const locale = useLocale();
  const [segments, setSegments] = useState<Result['rfmSegments']>([]);
  const [busy, setBusy] = useState(false);
  const load = useCallback(async () => {
    const { data } = await apollo.query({ query: RfmSegmentsQuery, fetchPolicy: 'network-only' });
    setSegments(data?.rfmSegments ?? []);
  }, []);
  useEffect(() => {
    void load().catch(() => {});
  }, [load]);
  const recompute = async () => {
    setBusy(true);
    try {
      const { data } = await apollo.mutate({ mutation: RecomputeRfmMutation });
      notify('patron.rfm.recomputed', {
        type: 'success',
        messageArgs: {
          scored: formatAmount(data?.recomputeRfm.customersScored ?? 0, 0, locale),
          changed: formatAmount(data?.recomputeRfm.segmentsChanged ?? 0, 0, locale),
        },
      });
      await load();
      onRecomputed?.();
    } catch (error) {
      refused(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card sx={{ mt: 2 }} data-testid="rfm-overview">
      <CardContent>
        <Stack direction="row" alignItems="center" justifyContent="space-between" gap={2} sx={{ mb: 1 }}>
          <Typography variant="h6" component="h2">
            {translate('patron.rfm.overview')}
          </Typography>
          <Button
            size="small"
            startIcon={<Refresh />}
            disabled={busy}
            onClick={() => void recompute()}
            data-testid="rfm-recompute"
          >
            {translate('patron.rfm.recompute')}
          </Button>
        </Stack>
        <Stack direction="row" gap={1} flexWrap="wrap">
          {segments.map((s) => (
            <Chip
              key={s.segment}
              color={segmentTone(s.segment)}
              variant={s.customers ? 'filled' : 'outlined'}
              label={`${translate(segmentKey(s.segment))}: ${formatAmount(s.customers, 0, locale)}`}
              data-testid="rfm-segment-count"
            />
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
