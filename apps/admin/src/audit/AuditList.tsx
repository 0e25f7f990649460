import { useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Title, useLocale, useTranslate } from 'react-admin';
import type { AuditEventsQuery as AuditEventsResult } from '../gql/graphql';
import { localized } from '../i18n/localized';
import { useCalendar } from '../preferences/useCalendar';
import { useRoleChoices } from '../roles/useRoleNames';
import { AuditEventsQuery } from './documents';

const PAGE = 50;
type AuditEvent = AuditEventsResult['auditEvents']['edges'][number]['node'];

/** What an event is about, in words: the staff member's or segment's name, the role or branch, a role change. */
function useSubject() {
  const roles = useRoleChoices();
  const locale = useLocale();
  const roleName = (key: unknown) => roles.find((r) => r.id === key)?.name ?? String(key ?? '');
  return (e: AuditEvent): string => {
    const d = (e.details ?? {}) as Record<string, unknown>;
    if (e.type === 'STAFF_ROLE_CHANGED') return `${d.name}: ${roleName(d.from)} → ${roleName(d.to)}`;
    if (e.type === 'STAFF_BRANCH_CHANGED') return `${d.name}: ${d.from ?? '—'} → ${d.to ?? '—'}`;
    if (e.type.startsWith('BRANCH_') || e.type.startsWith('PRODUCT_')) {
      // The branch's or product's name (the new one after an edit) and its code or SKU, the subject.
      const name = (d.name as { to?: unknown } | undefined)?.to ?? d.name;
      const shown = localized(name as Parameters<typeof localized>[0], locale, '');
      return shown ? `${shown} (${e.subject})` : (e.subject ?? '');
    }
    if (e.type.startsWith('ROLE_')) {
      const name = (d.name as { to?: unknown } | undefined)?.to ?? d.name;
      return localized(name as Parameters<typeof localized>[0], locale, e.subject ?? '');
    }
    return String(d.name ?? d.email ?? e.subject ?? '');
  };
}

/** The workspace's audit log, newest first: what was done to staff, roles, branches and sharing, by whom and when. */
export function AuditList() {
  const translate = useTranslate();
  const { format } = useCalendar();
  const subject = useSubject();
  const { data, loading, fetchMore } = useQuery(AuditEventsQuery, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.auditEvents;
  const more = () =>
    fetchMore({
      variables: { first: PAGE, after: page?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        auditEvents: {
          ...fetchMoreResult.auditEvents,
          edges: [...previous.auditEvents.edges, ...fetchMoreResult.auditEvents.edges],
        },
      }),
    });
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="patron.audit.title" />
      <Table size="small" data-testid="audit-list">
        <TableHead>
          <TableRow>
            <TableCell>{translate('patron.audit.time')}</TableCell>
            <TableCell>{translate('patron.audit.type')}</TableCell>
            <TableCell>{translate('patron.audit.subject')}</TableCell>
            <TableCell>{translate('patron.audit.actor')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {page?.edges.map(({ node: e }) => (
            <TableRow key={e.id} data-testid="audit-row" data-type={e.type}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{format(e.occurredAt, true)}</TableCell>
              <TableCell>{translate(`patron.audit.types.${e.type}`, { _: e.type })}</TableCell>
              <TableCell>
                <bdi>{subject(e)}</bdi>
              </TableCell>
              <TableCell>
                <bdi>{e.actor.name}</bdi>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {!loading && page?.edges.length === 0 && (
        <Typography sx={{ p: 2 }} color="text.secondary" data-testid="audit-empty">
          {translate('patron.audit.none')}
        </Typography>
      )}
      {page?.pageInfo.hasNextPage && (
        <Stack direction="row" justifyContent="center" sx={{ p: 1 }}>
          <Button onClick={() => void more()} data-testid="audit-more">
            {translate('patron.audit.more')}
          </Button>
        </Stack>
      )}
    </Card>
  );
}
