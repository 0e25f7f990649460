import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { readProblem } from '../data-provider/errors';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { useProblemText } from '../problems/useProblemText';
import { type BulkJob, isFinished } from './useBulkJob';

/** How far a bulk job got, and once finished, how many customers it changed and what went wrong. */
export function BulkJobProgress({ job }: { job: BulkJob }) {
  const translate = useTranslate();
  const locale = useLocale();
  const text = useProblemText();
  const number = (n: number) => numberFormat(localeTag(locale)).format(n);
  const total = job.total ?? 0;
  const done = isFinished(job);
  const percent = total ? Math.round(((job.processed + job.failed) / total) * 100) : done ? 100 : 0;
  return (
    <Stack gap={1.5} data-testid="bulk-progress" data-status={job.status}>
      <Typography variant="body2">{translate(`patron.bulk.status.${job.status}`)}</Typography>
      <LinearProgress
        variant={job.total === null || job.total === undefined ? 'indeterminate' : 'determinate'}
        value={percent}
        color={job.status === 'FAILED' ? 'error' : 'primary'}
      />
      <Typography variant="body2" color="text.secondary">
        {translate('patron.bulk.progress', {
          processed: number(job.processed + job.failed),
          total: job.total === null || job.total === undefined ? '…' : number(total),
        })}
      </Typography>
      {done && (
        <Alert
          severity={
            job.status === 'CANCELLED'
              ? 'info'
              : job.status === 'FAILED' || job.failed
                ? 'warning'
                : 'success'
          }
          data-testid="bulk-result"
        >
          {/* Cancelled on the Jobs screen: how many were done before it stopped, the rest untouched. */}
          {translate(job.status === 'CANCELLED' ? 'patron.bulk.cancelled' : 'patron.bulk.result', {
            processed: number(job.processed),
            failed: number(job.failed),
          })}
        </Alert>
      )}
      {done && job.problems.length > 0 && (
        <Box
          component="ul"
          sx={{ m: 0, pl: 3, maxHeight: 160, overflow: 'auto' }}
          data-testid="bulk-problems"
        >
          {job.problems.slice(0, 20).map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems are a fixed list; one customer may have several.
            <Typography component="li" variant="caption" key={`${p.customerId}-${i}`} dir="auto">
              {/* By code; a problem kept before problems had codes says its English as sent. */}
              {p.problem ? text(readProblem(p.problem, p.message)) : p.message}
            </Typography>
          ))}
        </Box>
      )}
    </Stack>
  );
}
