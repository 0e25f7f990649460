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
import { useCalendar } from '../preferences/useCalendar';
import { useRoleChoices } from '../roles/useRoleNames';
import { aboutText } from './auditAbout';
import { AuditEventsQuery } from './documents';

const PAGE = 50;
type AuditEvent = AuditEventsResult['auditEvents']['edges'][number]['node'];

/** What an event is about, in words (auditAbout.ts), with the workspace's role names. */
function useAbout() {
  const translate = useTranslate();
  const locale = useLocale();
  const roles = useRoleChoices();
  const roleName = (key: unknown) => roles.find((r) => r.id === key)?.name ?? String(key ?? '');
  return (e: AuditEvent): string => aboutText(e, { translate, locale, roleName });
}

/** The workspace's audit log, newest first: what was done to staff, roles, branches and sharing, by whom and when. */
export function AuditList() {
  const translate = useTranslate();
  const { format } = useCalendar();
  const about = useAbout();
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
              {/* In the page's direction: the text isolates each name within it (auditAbout.ts). */}
              <TableCell data-testid="audit-about">{about(e)}</TableCell>
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
