import { Box, Paper, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { formatAmount } from '../common/amounts';
import { type Batch, summaryRows } from './batchSummary';

const COLOR = { neutral: 'text.primary', good: 'success.main', bad: 'error.main' } as const;

/** The preview's counts: lines read, lines to apply, and each kind of problem found. */
export function BatchCounts({ batch }: { batch: Batch }) {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }} data-testid="batch-counts">
      {summaryRows(batch).map((row) => (
        <Paper
          key={row.key}
          variant="outlined"
          sx={{ px: 2, py: 1, minWidth: 120 }}
          data-testid={`batch-count-${row.key.split('.').pop()}`}
          data-count={row.count}
        >
          <Typography variant="caption" color="text.secondary">
            {translate(row.key)}
          </Typography>
          <Typography variant="h6" sx={{ color: COLOR[row.tone] }} data-testid="batch-count-value">
            {formatAmount(row.count, 0, locale)}
          </Typography>
        </Paper>
      ))}
    </Box>
  );
}
