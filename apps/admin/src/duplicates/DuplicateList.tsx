import { useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link, Title, useCreatePath, useLocale, useTranslate } from 'react-admin';
import type { DuplicateCandidatesQuery as CandidatesResult } from '../gql/graphql';
import { numberFormat } from '../i18n/intlFormats';
import { localeTag } from '../i18n/locales';
import { useCalendar } from '../preferences/useCalendar';
import { DuplicateCandidatesQuery } from './documents';
import { MergeDialog } from './MergeDialog';

const PAGE = 20;
type Group = CandidatesResult['duplicateCandidates']['groups'][number];

/** Possible duplicates, best first: the shared value, the two profiles, and compare-and-merge for each pair. */
export function DuplicateList() {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { format } = useCalendar();
  const locale = useLocale();
  const n = (v: number) => numberFormat(localeTag(locale)).format(v);
  const [offset, setOffset] = useState(0);
  const [comparing, setComparing] = useState<Group | null>(null);
  const { data, loading, refetch } = useQuery(DuplicateCandidatesQuery, {
    variables: { first: PAGE, offset },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.duplicateCandidates;
  const shown = (g: Group) => (g.reason === 'NAME_BIRTH_DATE' ? format(g.key) : g.key);
  return (
    <Card sx={{ mt: 2, p: 2 }}>
      <Title title="patron.duplicates.title" />
      <Stack direction="row" spacing={1} sx={{ mb: 2 }} alignItems="center" flexWrap="wrap" useFlexGap>
        <Typography variant="subtitle1" data-testid="duplicates-total">
          {translate('patron.duplicates.total', {
            count: n(page?.totalCount ?? 0),
            smart_count: page?.totalCount ?? 0,
          })}
        </Typography>
        {page?.counts.map((c) => (
          <Chip
            key={c.reason}
            size="small"
            label={`${translate(`patron.duplicates.reasons.${c.reason}`)}: ${n(c.count)}`}
          />
        ))}
      </Stack>
      {page && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="duplicates-refreshed">
          {page.refreshedAt
            ? translate('patron.duplicates.refreshedAt', { time: format(page.refreshedAt, true) })
            : translate('patron.duplicates.notYet')}
        </Typography>
      )}
      {!loading && page?.groups.length === 0 && (
        <Typography color="text.secondary">{translate('patron.duplicates.none')}</Typography>
      )}
      {page && page.groups.length > 0 && (
        <Table size="small" data-testid="duplicates-list">
          <TableHead>
            <TableRow>
              <TableCell>{translate('patron.duplicates.reason')}</TableCell>
              <TableCell>{translate('patron.duplicates.key')}</TableCell>
              <TableCell>{translate('patron.duplicates.people')}</TableCell>
              <TableCell align="right">{translate('patron.duplicates.score')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {page.groups.map((g) => (
              <TableRow key={`${g.reason}:${g.key}:${g.customers[0]?.id}`} data-testid="duplicate-group">
                <TableCell>{translate(`patron.duplicates.reasons.${g.reason}`)}</TableCell>
                <TableCell>
                  <bdi>{shown(g)}</bdi>
                </TableCell>
                <TableCell>
                  <Stack spacing={0.5}>
                    {g.customers.map((c) => (
                      <Link key={c.id} to={createPath({ resource: 'customers', id: c.id, type: 'show' })}>
                        <bdi>{c.displayName}</bdi>
                        {c.mobile && (
                          <>
                            {translate('patron.separator')}
                            <bdi dir="ltr">{c.mobile}</bdi>
                          </>
                        )}
                      </Link>
                    ))}
                  </Stack>
                </TableCell>
                <TableCell align="right">{n(g.score)}</TableCell>
                <TableCell align="right">
                  <Button size="small" onClick={() => setComparing(g)} data-testid="duplicate-compare">
                    {translate('patron.duplicates.compare')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Stack direction="row" spacing={1} justifyContent="flex-end" sx={{ mt: 1 }}>
        <Button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
          {translate('patron.duplicates.previous')}
        </Button>
        <Button disabled={!page || offset + PAGE >= page.totalCount} onClick={() => setOffset(offset + PAGE)}>
          {translate('patron.duplicates.next')}
        </Button>
      </Stack>
      {comparing && (
        <MergeDialog
          open
          customers={comparing.customers}
          onClose={() => setComparing(null)}
          onDone={() => void refetch()}
        />
      )}
    </Card>
  );
}
