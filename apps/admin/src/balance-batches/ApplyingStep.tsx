import { Alert, LinearProgress, Stack, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { formatAmount } from '../common/amounts';
import { type Batch, progressPercent } from './batchSummary';
import { useBatchProgress } from './useBatchProgress';

/** Step 3: the server applies the lines in chunks; the bar follows them until the batch is done. */
export function ApplyingStep({ batch: confirmed, onDone }: { batch: Batch; onDone(batch: Batch): void }) {
  const translate = useTranslate();
  const locale = useLocale();
  const batch = useBatchProgress(confirmed, onDone);
  const number = (n: number) => formatAmount(n, 0, locale);
  return (
    <Stack gap={1.5} sx={{ maxWidth: 560 }} data-testid="batch-applying" data-status={batch.status}>
      <LinearProgress variant="determinate" value={progressPercent(batch)} />
      <Typography variant="body2" data-testid="batch-progress">
        {translate('patron.balanceBatches.progress', {
          applied: number(batch.applied),
          total: number(batch.matched + batch.tooLow),
        })}
      </Typography>
      <Alert severity="info">{translate('patron.balanceBatches.applyingNote')}</Alert>
    </Stack>
  );
}
