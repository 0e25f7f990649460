import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { formatAmount } from '../common/amounts';
import type { Batch } from './batchSummary';
import { ProblemLines } from './ProblemLines';

/** Step 4: how many lines were applied, and which were refused because the balance had fallen meanwhile. */
export function ResultStep({ batch, onAnother }: { batch: Batch; onAnother(): void }) {
  const translate = useTranslate();
  const locale = useLocale();
  const number = (n: number) => formatAmount(n, 0, locale);
  return (
    <Stack gap={2} sx={{ maxWidth: 900 }} data-testid="batch-result">
      <Alert severity="success" data-testid="batch-applied" data-count={batch.applied}>
        {translate('patron.balanceBatches.applied', { count: number(batch.applied) })}
      </Alert>
      {batch.tooLow > 0 && (
        <Box>
          <Alert severity="warning" data-testid="batch-refused" data-count={batch.tooLow} sx={{ mb: 1 }}>
            {translate('patron.balanceBatches.refused', { count: number(batch.tooLow) })}
          </Alert>
          <Typography variant="subtitle2" sx={{ mb: 1 }}>
            {translate('patron.balanceBatches.refusedLines')}
          </Typography>
          <ProblemLines batchId={batch.id} currency={batch.currency} only="TOO_LOW" />
        </Box>
      )}
      <Box>
        <Button variant="contained" onClick={onAnother} data-testid="batch-another">
          {translate('patron.balanceBatches.another')}
        </Button>
      </Box>
    </Stack>
  );
}
