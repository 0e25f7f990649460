import { useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Chip,
  type ChipProps,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title, useLocale, useNotify, usePermissions, useTranslate } from 'react-admin';
import { apollo } from '../apollo';
import { useNotifyRefusal } from '../common/useNotifyRefusal';
import { JobRunState, type JobRunsQuery as JobRunsResult } from '../gql/graphql';
import { numberFormat } from '../i18n/intlFormats';
import { useCalendar } from '../preferences/useCalendar';
import { CancelJobMutation, JobRunsQuery, RetryJobMutation } from './documents';

const PAGE = 50;
type JobRun = JobRunsResult['jobs']['edges'][number]['node'];

const CHIP_COLOR: Record<JobRunState, ChipProps['color']> = {
  WAITING: 'default',
  RETRYING: 'warning',
  RUNNING: 'info',
  DONE: 'success',
  CANCELLED: 'default',
  FAILED: 'error',
};

/** Cancel for a waiting or running run of this workspace, Retry for a failed or cancelled one. */
function RunActions({ run, onDone }: { run: JobRun; onDone(): void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refused = useNotifyRefusal();
  const act = async (kind: 'cancel' | 'retry') => {
    try {
      if (kind === 'cancel') await apollo.mutate({ mutation: CancelJobMutation, variables: { id: run.id } });
      else await apollo.mutate({ mutation: RetryJobMutation, variables: { id: run.id } });
      notify(kind === 'cancel' ? 'patron.jobs.cancelled' : 'patron.jobs.retried', { type: 'info' });
      onDone();
    } catch (error) {
      refused(error);
    }
  };
  return (
    <Stack direction="row" spacing={1}>
      {run.canCancel && (
        <Button size="small" color="warning" onClick={() => void act('cancel')} data-testid="job-cancel">
          {translate('patron.jobs.cancel')}
        </Button>
      )}
      {run.canRetry && (
        <Button size="small" onClick={() => void act('retry')} data-testid="job-retry">
          {translate('patron.jobs.retry')}
        </Button>
      )}
    </Stack>
  );
}

/** Recent runs of background jobs, newest first: this workspace's own and those serving every workspace. */
export function JobRunList() {
  const translate = useTranslate();
  const { format } = useCalendar();
  const number = numberFormat(useLocale()).format;
  const { permissions } = usePermissions<string[]>();
  const mayManage = Boolean(permissions?.includes('jobs.manage'));
  const [state, setState] = useState<JobRunState | ''>('');
  const { data, loading, fetchMore, refetch } = useQuery(JobRunsQuery, {
    variables: { first: PAGE, state: state || null },
    fetchPolicy: 'cache-and-network',
    pollInterval: 5000,
  });
  const page = data?.jobs;
  const more = () =>
    fetchMore({
      variables: { first: PAGE, after: page?.pageInfo.endCursor, state: state || null },
      updateQuery: (previous, { fetchMoreResult }) => ({
        jobs: { ...fetchMoreResult.jobs, edges: [...previous.jobs.edges, ...fetchMoreResult.jobs.edges] },
      }),
    });
  const when = (value: string | null | undefined) => (value ? format(value, true) : '—');
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="patron.jobs.title" />
      <Stack direction="row" sx={{ p: 2, pb: 1 }}>
        <TextField
          select
          size="small"
          label={translate('patron.jobs.state')}
          value={state}
          onChange={(e) => setState(e.target.value as JobRunState | '')}
          // Shows "All states" rather than an empty box while no state is chosen.
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          sx={{ width: 240 }}
          data-testid="jobs-state"
        >
          <MenuItem value="">{translate('patron.jobs.all')}</MenuItem>
          {Object.values(JobRunState).map((s) => (
            <MenuItem key={s} value={s}>
              {translate(`patron.jobs.states.${s}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <Table size="small" data-testid="jobs-list">
        <TableHead>
          <TableRow>
            <TableCell>{translate('patron.jobs.job')}</TableCell>
            <TableCell>{translate('patron.jobs.state')}</TableCell>
            <TableCell>{translate('patron.jobs.scope')}</TableCell>
            <TableCell align="right">{translate('patron.jobs.attempts')}</TableCell>
            <TableCell>{translate('patron.jobs.queued')}</TableCell>
            <TableCell>{translate('patron.jobs.started')}</TableCell>
            <TableCell>{translate('patron.jobs.finished')}</TableCell>
            <TableCell align="right">{translate('patron.jobs.progress')}</TableCell>
            {mayManage && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {page?.edges.map(({ node: run }) => (
            <TableRow key={run.id} data-testid="job-row" data-job={run.job} data-state={run.state}>
              <TableCell>{translate(`patron.jobs.names.${run.job}`, { _: run.job })}</TableCell>
              <TableCell>
                <Tooltip title={run.error ?? ''}>
                  <Chip
                    size="small"
                    color={CHIP_COLOR[run.state]}
                    label={translate(`patron.jobs.states.${run.state}`)}
                  />
                </Tooltip>
              </TableCell>
              <TableCell>{translate(run.ownWorkspace ? 'patron.jobs.own' : 'patron.jobs.global')}</TableCell>
              <TableCell align="right">
                <bdi>
                  {number(run.attempts)} / {number(run.maxAttempts)}
                </bdi>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(run.queuedAt)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(run.startedAt)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(run.finishedAt)}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }} data-testid="job-progress">
                {run.progress && (
                  <bdi>
                    {number(run.progress.done)} / {number(run.progress.total)}
                  </bdi>
                )}
              </TableCell>
              {mayManage && (
                <TableCell>
                  <RunActions run={run} onDone={() => void refetch()} />
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {!loading && page?.edges.length === 0 && (
        <Typography sx={{ p: 2 }} color="text.secondary" data-testid="jobs-empty">
          {translate('patron.jobs.none')}
        </Typography>
      )}
      {page?.pageInfo.hasNextPage && (
        <Stack direction="row" justifyContent="center" sx={{ p: 1 }}>
          <Button onClick={() => void more()} data-testid="jobs-more">
            {translate('patron.jobs.more')}
          </Button>
        </Stack>
      )}
    </Card>
  );
}
