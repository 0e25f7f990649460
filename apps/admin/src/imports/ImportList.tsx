import { useQuery } from '@apollo/client/react';
import Add from '@mui/icons-material/Add';
import {
  Box,
  Button,
  Card,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useEffect } from 'react';
import { Title, useLocale, useTranslate } from 'react-admin';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { formatAmount } from '../common/amounts';
import { useCalendar } from '../preferences/useCalendar';
import { ImportsQuery } from './documents';
import { type Import, isFinished, progressPercent } from './importModel';

const PAGE = 25;
const POLL_MS = 2000;
const STATE_COLOR = {
  MAPPING: 'default',
  QUEUED: 'info',
  RUNNING: 'info',
  DONE: 'success',
  FAILED: 'error',
  CANCELLED: 'warning',
} as const;

/** "12 new · 3 updated · 1 invalid": what an import did, the counts that are not zero. */
function useCountsText() {
  const translate = useTranslate();
  const locale = useLocale();
  return (imp: Import) => {
    const { counts } = imp;
    return (['created', 'updated', 'attached', 'skipped', 'invalid'] as const)
      .filter((name) => counts[name] > 0)
      .map((name) =>
        translate(`patron.imports.inlineCounts.${name}`, { count: formatAmount(counts[name], 0, locale) }),
      )
      .join(translate('patron.separator'));
  };
}

/** The workspace's imports, newest first, with their state and counts; running ones move while the list is open. */
export function ImportList() {
  const translate = useTranslate();
  const locale = useLocale();
  const navigate = useNavigate();
  const { format } = useCalendar();
  const countsText = useCountsText();
  const { data, loading, fetchMore, startPolling, stopPolling } = useQuery(ImportsQuery, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.imports;
  const imports = page?.edges.map((e) => e.node) ?? [];
  const active = imports.some((i) => i.state === 'QUEUED' || i.state === 'RUNNING');
  useEffect(() => {
    if (!active) return;
    startPolling(POLL_MS);
    return stopPolling;
  }, [active, startPolling, stopPolling]);
  const more = () =>
    fetchMore({
      variables: { first: PAGE, after: page?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        imports: {
          ...fetchMoreResult.imports,
          edges: [...previous.imports.edges, ...fetchMoreResult.imports.edges],
        },
      }),
    });

  return (
    <Card sx={{ mt: 2 }} data-testid="imports">
      <Title title="patron.imports.title" />
      <Stack direction="row" sx={{ p: 2, alignItems: 'flex-start', gap: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {translate('patron.imports.intro')}
        </Typography>
        <Button
          variant="contained"
          startIcon={<Add />}
          component={RouterLink}
          to="/imports/create"
          data-testid="import-new"
          sx={{ flexShrink: 0 }}
        >
          {translate('patron.imports.new')}
        </Button>
      </Stack>
      {loading && !data && <LinearProgress />}
      {data && imports.length === 0 && (
        <Typography sx={{ p: 2 }} color="text.secondary" data-testid="imports-empty">
          {translate('patron.imports.none')}
        </Typography>
      )}
      {imports.length > 0 && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="import-list">
            <TableHead>
              <TableRow>
                <TableCell>{translate('patron.imports.createdAt')}</TableCell>
                <TableCell>{translate('patron.imports.kindShort')}</TableCell>
                <TableCell>{translate('patron.imports.fileName')}</TableCell>
                <TableCell>{translate('patron.imports.states.label')}</TableCell>
                <TableCell>{translate('patron.imports.counts')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {imports.map((imp) => {
                const percent = progressPercent(imp);
                return (
                  <TableRow
                    key={imp.id}
                    hover
                    sx={{ cursor: 'pointer' }}
                    onClick={() => navigate(`/imports/${imp.id}/show`)}
                    data-testid="import-row"
                    data-state={imp.state}
                  >
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{format(imp.createdAt, true)}</TableCell>
                    <TableCell>{translate(`patron.imports.kinds.${imp.kind}`)}</TableCell>
                    <TableCell>
                      <bdi>{imp.fileName}</bdi>
                    </TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={STATE_COLOR[imp.state]}
                        label={translate(`patron.imports.states.${imp.state}`)}
                      />
                    </TableCell>
                    <TableCell sx={{ minWidth: 200 }}>
                      {!isFinished(imp) && imp.state !== 'MAPPING' ? (
                        <Stack gap={0.5}>
                          <LinearProgress
                            variant={percent === null ? 'indeterminate' : 'determinate'}
                            value={percent ?? 0}
                          />
                          {imp.progress?.total ? (
                            <Typography variant="caption" color="text.secondary">
                              {formatAmount(imp.progress.done, 0, locale)} /{' '}
                              {formatAmount(imp.progress.total, 0, locale)}
                            </Typography>
                          ) : null}
                        </Stack>
                      ) : (
                        <Typography variant="body2" color="text.secondary">
                          {countsText(imp)}
                        </Typography>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Box>
      )}
      {page?.pageInfo.hasNextPage && (
        <Stack direction="row" justifyContent="center" sx={{ p: 1 }}>
          <Button onClick={() => void more()} data-testid="imports-more">
            {translate('patron.imports.more')}
          </Button>
        </Stack>
      )}
    </Card>
  );
}
